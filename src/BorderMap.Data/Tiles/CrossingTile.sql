-- The crossings layer of one XYZ vector tile: $1 z, $2 x, $3 y.
SELECT COALESCE(ST_AsMVT(t, 'crossings', 4096, 'geom'), ''::bytea)
FROM (
    SELECT c.id, c.name, c.kind, c.segment_id,
           ST_AsMVTGeom(ST_Transform(c.geom, 3857), ST_TileEnvelope($1, $2, $3), 4096, 64, true) AS geom
    FROM crossings c
    WHERE c.geom && ST_Transform(ST_TileEnvelope($1, $2, $3, margin => 64.0 / 4096), 4326)
) t
WHERE t.geom IS NOT NULL;
