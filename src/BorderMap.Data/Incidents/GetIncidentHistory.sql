SELECT revision, change, changed_at, changed_by, state::text
FROM incident_revisions
WHERE incident_id = $1
ORDER BY revision;
