-- One item: $1 id (text), $2 output SRID, $3 latitude first, $4 decimals.
SELECT id::text AS id,
       ST_AsGeoJSON(CASE WHEN $3 THEN ST_FlipCoordinates(ST_Transform(geom, $2)) ELSE ST_Transform(geom, $2) END, $4) AS geometry,
       json_build_object('ordinal', ordinal, 'name', name, 'tj_admin2_code', tj_admin2_code, 'tj_admin2_name', tj_admin2_name,
         'af_admin2_code', af_admin2_code, 'af_admin2_name', af_admin2_name, 'from_m', from_m, 'to_m', to_m, 'length_m', length_m)::text AS properties
FROM border_segments
WHERE id = $1;
