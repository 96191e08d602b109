-- $1 id, $2 expected revision or NULL, $3 who retracts it.
WITH retracted AS (
    UPDATE incidents SET status = 'retracted', revision = revision + 1, updated_at = now(), updated_by = $3
    WHERE id = $1 AND ($2::integer IS NULL OR revision = $2) AND status = 'active'
    RETURNING *
), revision AS (
    INSERT INTO incident_revisions (incident_id, revision, change, changed_by, state)
    SELECT id, revision, 'retracted', updated_by, to_jsonb(retracted) FROM retracted
)
SELECT *, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM retracted;
