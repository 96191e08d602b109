-- An ACLED row, matched to the incident imported before by $29 event_id_cnty: inserted when new, a new
-- revision when one of ACLED's columns changed, nothing at all when it is the same. $1..$21 the draft,
-- $22 who writes it, $23..$28 border context and gazetteer version, $30 ACLED's other columns (jsonb).
-- What only BorderMap holds (border tags, injured, confidence, uncertainty, URL, published) is an
-- editor's and stays as it is. A retracted or merged incident stays so. Answers what happened.
-- No FOR UPDATE on the lookup: locking would write every row a re-import only reads (728 MB of WAL
-- for 1M unchanged rows); the UPDATE takes its own lock and re-checks its WHERE on the newest row,
-- and two imports inserting one key at once meet at the unique index.
WITH current AS (
    SELECT id, status, geom FROM incidents WHERE acled_event_id = $29
), inserted AS (
    INSERT INTO incidents (
        occurred_on, time_precision, event_type, sub_event_type, tags, actors, fatalities, injured,
        geom, place_name, admin1, admin2, country, geo_precision, confidence, uncertainty_m,
        source, source_url, published_at, notes, synthetic, created_by, updated_by,
        border_side, border_distance_m, border_segment_id, nearest_crossing_id, nearest_crossing_m, gazetteer_version,
        acled_event_id, acled)
    SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $22,
           $23, $24, $25, $26, $27, $28, $29, $30
    WHERE NOT EXISTS (SELECT 1 FROM current)
    RETURNING *
), updated AS (
    UPDATE incidents i SET
        occurred_on = $1, time_precision = $2, event_type = $3, sub_event_type = $4, actors = $6, fatalities = $7,
        geom = $9, place_name = $10, admin1 = $11, admin2 = $12, country = $13, geo_precision = $14,
        source = $17, notes = $20, synthetic = $21, acled = $30,
        border_side = $23, border_distance_m = $24, border_segment_id = $25, nearest_crossing_id = $26,
        nearest_crossing_m = $27, gazetteer_version = $28,
        revision = i.revision + 1, updated_at = now(), updated_by = $22
    FROM current c
    WHERE i.id = c.id AND i.status = 'active'
      AND (i.occurred_on, i.time_precision, i.event_type, i.sub_event_type, i.actors, i.fatalities, i.geom, i.place_name,
           i.admin1, i.admin2, i.country, i.geo_precision, i.source, i.notes, i.synthetic, i.acled)
          IS DISTINCT FROM ($1, $2, $3, $4, $6, $7, $9, $10, $11, $12, $13::char(2), $14, $17, $20, $21, $30)
    RETURNING i.*, ST_Equals(i.geom, c.geom) AS same_place
), revision AS (
    INSERT INTO incident_revisions (incident_id, revision, change, changed_by, state)
    SELECT id, revision, 'created', created_by, to_jsonb(inserted) FROM inserted
    UNION ALL
    SELECT id, revision, CASE WHEN same_place THEN 'updated' ELSE 'relocated' END, updated_by, to_jsonb(updated) - 'same_place'
    FROM updated
)
SELECT CASE
    WHEN EXISTS (SELECT 1 FROM inserted) THEN 'inserted'
    WHEN EXISTS (SELECT 1 FROM updated) THEN 'updated'
    WHEN EXISTS (SELECT 1 FROM current WHERE status <> 'active') THEN 'inactive'
    ELSE 'unchanged' END;
