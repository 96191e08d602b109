-- One item: $1 id (text), $2 output SRID, $3 latitude first, $4 decimals.
SELECT id::text AS id,
       ST_AsGeoJSON(CASE WHEN $3 THEN ST_FlipCoordinates(ST_Transform(geom, $2)) ELSE ST_Transform(geom, $2) END, $4) AS geometry,
       json_build_object('name', name, 'ascii_name', ascii_name, 'feature_class', feature_class, 'feature_code', feature_code,
         'country', country, 'admin1_code', admin1_code, 'admin1_name', admin1_name, 'admin2_code', admin2_code,
         'admin2_name', admin2_name, 'population', population, 'border_distance_m', border_distance_m)::text AS properties
FROM places
WHERE id = $1::bigint;
