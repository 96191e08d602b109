-- $1 author, $2 date, $3 event type, $4 source: has this sample incident been loaded before?
SELECT id FROM incidents
WHERE created_by = $1 AND occurred_on = $2 AND event_type = $3 AND coalesce(source, '') = $4
LIMIT 1;
