-- The border segments for the GeoPackage export, in their order along the border.
SELECT id, ordinal, name, tj_admin2_name, af_admin2_name, from_m, to_m, length_m, geom
FROM border_segments
ORDER BY ordinal;
