-- The reports an incident was found in (or merged from), oldest first: every source behind it besides its own.
SELECT r.id, r.title, r.url, r.published_on, s.merged
FROM incident_sources s JOIN reports r ON r.id = s.report_id
WHERE s.incident_id = $1
ORDER BY r.published_on, r.id;
