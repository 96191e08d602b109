-- The spatial and temporal extent of every OGC collection, for /ogc/collections.
SELECT 'incidents' AS collection, ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e), first_day, last_day
FROM (SELECT ST_Extent(geom) AS e, min(occurred_on) AS first_day, max(occurred_on) AS last_day
      FROM incidents WHERE status = 'active') i
UNION ALL
SELECT 'border_segments', ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e), NULL, NULL FROM (SELECT ST_Extent(geom) AS e FROM border_segments) s
UNION ALL
SELECT 'crossings', ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e), NULL, NULL FROM (SELECT ST_Extent(geom) AS e FROM crossings) c
UNION ALL
SELECT 'places', ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e), NULL, NULL FROM (SELECT ST_Extent(geom) AS e FROM places) p;
