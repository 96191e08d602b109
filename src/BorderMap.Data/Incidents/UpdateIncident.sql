-- $1 id, $2 expected revision, $3..$23 the draft, $24 who writes it, $25 the change kind,
-- $26..$30 border context, $31 gazetteer version.
-- Nothing is updated when the revision is stale; the caller then tells 404 from 412.
WITH updated AS (
    UPDATE incidents SET
        occurred_on = $3, time_precision = $4, event_type = $5, sub_event_type = $6, tags = $7, actors = $8,
        fatalities = $9, injured = $10, geom = $11, place_name = $12, admin1 = $13, admin2 = $14,
        country = $15, geo_precision = $16, confidence = $17, uncertainty_m = $18, source = $19,
        source_url = $20, published_at = $21, notes = $22, synthetic = $23,
        border_side = $26, border_distance_m = $27, border_segment_id = $28, nearest_crossing_id = $29,
        nearest_crossing_m = $30, gazetteer_version = $31,
        revision = revision + 1, updated_at = now(), updated_by = $24
    WHERE id = $1 AND revision = $2 AND status = 'active'
    RETURNING *
), revision AS (
    INSERT INTO incident_revisions (incident_id, revision, change, changed_by, state)
    SELECT id, revision, $25, updated_by, to_jsonb(updated) FROM updated
)
SELECT *, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM updated;
