-- The extent in UTM 42N of all stored incidents as PostgreSQL's statistics hold it: ST_EstimatedExtent
-- reads what ANALYZE gathered, not the table, so it costs the same for ten rows or ten million.
-- Heatmap cost estimates use it where the matching incidents' own extent would mean reading them.
-- A larger extent than theirs gives coarser cells, so the estimate it makes errs low, never high.
-- NULLs when the table has not been analysed yet.
SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e)
FROM (
    SELECT ST_Transform(ST_Segmentize(
               ST_ClipByBox2D(ST_SetSRID(ST_EstimatedExtent('public', 'incidents', 'geom')::geometry, 4326),
                              ST_MakeEnvelope(51, 0, 87, 84, 4326)), 0.05),
           32642)::box2d AS e
) AS t;
