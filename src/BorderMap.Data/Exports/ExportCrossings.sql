-- The crossings for the GeoPackage export.
SELECT id, name, kind, tj_side, af_side, segment_id, note, source, geom
FROM crossings
ORDER BY id;
