-- The border_segments layer of one XYZ vector tile: $1 z, $2 x, $3 y.
SELECT COALESCE(ST_AsMVT(t, 'border_segments', 4096, 'geom'), ''::bytea)
FROM (
    SELECT s.id, s.ordinal, s.name, s.length_m,
           ST_AsMVTGeom(ST_Transform(s.geom, 3857), ST_TileEnvelope($1, $2, $3), 4096, 64, true) AS geom
    FROM border_segments s
    WHERE s.geom && ST_Transform(ST_TileEnvelope($1, $2, $3, margin => 64.0 / 4096), 4326)
) t
WHERE t.geom IS NOT NULL;
