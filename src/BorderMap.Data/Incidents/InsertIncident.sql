-- $1..$21 the draft, $22 who writes it, $23..$27 border context, $28 gazetteer version.
-- The revision row is written by the same statement.
WITH inserted AS (
    INSERT INTO incidents (
        occurred_on, time_precision, event_type, sub_event_type, tags, actors, fatalities, injured,
        geom, place_name, admin1, admin2, country, geo_precision, confidence, uncertainty_m,
        source, source_url, published_at, notes, synthetic, created_by, updated_by,
        border_side, border_distance_m, border_segment_id, nearest_crossing_id, nearest_crossing_m, gazetteer_version)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $22,
            $23, $24, $25, $26, $27, $28)
    RETURNING *
), revision AS (
    INSERT INTO incident_revisions (incident_id, revision, change, changed_by, state)
    SELECT id, revision, 'created', created_by, to_jsonb(inserted) FROM inserted
)
SELECT *, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM inserted;
