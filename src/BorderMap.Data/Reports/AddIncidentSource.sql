-- $1 incident, $2 report, $3 evidence (jsonb), $4 whether the report was merged into an existing incident.
-- The first insert of an incident from a report also records the report on the incident itself.
WITH source AS (
    INSERT INTO incident_sources (incident_id, report_id, evidence, merged)
    VALUES ($1, $2, $3, $4)
    ON CONFLICT (incident_id, report_id) DO NOTHING
    RETURNING incident_id
)
UPDATE incidents SET report_id = $2, evidence = $3
WHERE id = $1 AND report_id IS NULL AND NOT $4 AND EXISTS (SELECT 1 FROM source);
