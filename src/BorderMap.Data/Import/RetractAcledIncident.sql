-- ACLED's deleted-events file: $1 event_id_cnty, $2 its deleted_timestamp, $3 who imports it.
-- Retracts the active incident imported under that key (a new revision, ACLED's timestamp kept);
-- one already retracted, or a key never imported here, changes nothing. Answers what happened.
WITH current AS (
    SELECT id, status FROM incidents WHERE acled_event_id = $1
), retracted AS (
    UPDATE incidents i SET status = 'retracted', revision = i.revision + 1, updated_at = now(), updated_by = $3,
        acled = coalesce(i.acled, '{}') || jsonb_build_object('deleted_timestamp', $2::text)
    FROM current c
    WHERE i.id = c.id AND i.status = 'active'
    RETURNING i.*
), revision AS (
    INSERT INTO incident_revisions (incident_id, revision, change, changed_by, state)
    SELECT id, revision, 'retracted', updated_by, to_jsonb(retracted) FROM retracted
)
SELECT CASE
    WHEN EXISTS (SELECT 1 FROM retracted) THEN 'retracted'
    WHEN EXISTS (SELECT 1 FROM current) THEN 'unchanged'
    ELSE 'unknown' END;
