-- $1 reason, $2 scope kind, $3 bbox polygon, $4 from, $5 to, $6 incident ids, $7 who asked
INSERT INTO reprocess_runs (reason, scope_kind, bbox, date_from, date_to, incident_ids, created_by)
VALUES ($1, $2, $3, $4, $5, $6, $7)
RETURNING *;
