-- A lon/lat box's extent in UTM 42N (EPSG:32642), the CRS analytics compute in. The box is clipped
-- to the domain where that projection is usable (lon 51–87, lat 0–84, the zone ± 15°) and its
-- edges are densified first, because parallels are curves in UTM. NULLs when nothing is left.
-- $1-$4 the box (min lon, min lat, max lon, max lat).
SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
FROM (
    SELECT ST_Transform(ST_Segmentize(
               ST_ClipByBox2D(ST_MakeEnvelope($1, $2, $3, $4, 4326), ST_MakeEnvelope(51, 0, 87, 84, 4326)), 0.05),
           32642)::box2d AS e
) AS t;
