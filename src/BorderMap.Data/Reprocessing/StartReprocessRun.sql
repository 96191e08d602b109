-- $1 run id, $2 the gazetteer version this worker applies. Counts the work once, on the first start;
-- a restart after a crash keeps the total, the progress and the cursor.
UPDATE reprocess_runs r SET
    state = 'running', attempts = r.attempts + 1, started_at = coalesce(r.started_at, now()), updated_at = now(), heartbeat_at = now(),
    target_version = $2, error = NULL,
    total = coalesce(r.total, (
        SELECT count(*) FROM incidents i
        WHERE i.status = 'active' AND i.gazetteer_version IS DISTINCT FROM $2
          AND (r.bbox IS NULL OR ST_Intersects(i.geom, r.bbox))
          AND (r.date_from IS NULL OR i.occurred_on >= r.date_from)
          AND (r.date_to IS NULL OR i.occurred_on <= r.date_to)
          AND (r.incident_ids IS NULL OR i.id = ANY(r.incident_ids))))
WHERE r.id = $1 AND r.state IN ('queued', 'running', 'failed')
RETURNING *;
