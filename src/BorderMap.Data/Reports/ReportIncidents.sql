-- The incidents a report yielded or was merged into, with the evidence from this report.
SELECT i.*, ST_X(i.geom) AS lon, ST_Y(i.geom) AS lat, s.evidence::text AS source_evidence, s.merged AS source_merged
FROM incident_sources s JOIN incidents i ON i.id = s.incident_id
WHERE s.report_id = $1
ORDER BY i.id;
