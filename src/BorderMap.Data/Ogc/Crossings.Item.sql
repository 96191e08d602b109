-- One item: $1 id (text), $2 output SRID, $3 latitude first, $4 decimals.
SELECT id::text AS id,
       ST_AsGeoJSON(CASE WHEN $3 THEN ST_FlipCoordinates(ST_Transform(geom, $2)) ELSE ST_Transform(geom, $2) END, $4) AS geometry,
       json_build_object('name', name, 'kind', kind, 'tj_side', tj_side, 'af_side', af_side, 'segment_id', segment_id,
         'snap_distance_m', snap_distance_m, 'note', note, 'source', source)::text AS properties
FROM crossings
WHERE id = $1;
