INSERT INTO crossings (id, name, kind, tj_side, af_side, segment_id, snap_distance_m, note, source, source_geom, geom)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11);
