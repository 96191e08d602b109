-- $1 run id, $2..$8 per incident: id, revision read, side, metres to the border, segment, nearest
-- crossing, metres to it; $9 gazetteer version, $10 the new cursor, $11 incidents in the batch,
-- $12 of them relocated separately, $13 author. One transaction: the incidents, their revisions
-- and the run's cursor move together, so a crash replays a batch whole or not at all. An incident
-- edited since it was read (revision moved on) is left to the editor's write.
WITH batch AS (
    SELECT * FROM unnest($2::bigint[], $3::integer[], $4::text[], $5::float8[], $6::text[], $7::text[], $8::float8[])
        AS b(id, revision, side, distance_m, segment_id, crossing_id, crossing_m)
), diff AS (
    SELECT b.*, (i.border_side::text, i.border_distance_m, i.border_segment_id, i.nearest_crossing_id, i.nearest_crossing_m)
                IS DISTINCT FROM (b.side, b.distance_m, b.segment_id, b.crossing_id, b.crossing_m) AS changed
    FROM batch b
    JOIN incidents i ON i.id = b.id AND i.revision = b.revision AND i.status = 'active'
), updated AS (
    UPDATE incidents i SET
        border_side = d.side, border_distance_m = d.distance_m, border_segment_id = d.segment_id,
        nearest_crossing_id = d.crossing_id, nearest_crossing_m = d.crossing_m, gazetteer_version = $9,
        revision   = CASE WHEN d.changed THEN i.revision + 1 ELSE i.revision END,
        updated_at = CASE WHEN d.changed THEN now() ELSE i.updated_at END,
        updated_by = CASE WHEN d.changed THEN $13 ELSE i.updated_by END
    FROM diff d
    WHERE i.id = d.id AND i.revision = d.revision
    RETURNING i.*, d.changed
), revisions AS (
    INSERT INTO incident_revisions (incident_id, revision, change, changed_by, state)
    SELECT u.id, u.revision, 'updated', $13, to_jsonb(u) - 'changed' FROM updated u WHERE u.changed
), run AS (
    UPDATE reprocess_runs SET cursor_id = $10, processed = processed + $11, relocated = relocated + $12,
                              changed = changed + (SELECT count(*) FROM updated WHERE changed), updated_at = now()
    WHERE id = $1
)
SELECT count(*) FILTER (WHERE changed) FROM updated;
