-- $1 author, $2 date, $3 event type, $4 source, $5 place name: has this sample incident been loaded before?
-- One article can report several incidents of one type on one day in different places: the place tells them apart.
SELECT id FROM incidents
WHERE created_by = $1 AND occurred_on = $2 AND event_type = $3 AND coalesce(source, '') = $4 AND coalesce(place_name, '') = $5
LIMIT 1;
