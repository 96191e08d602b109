-- numberMatched of an incidents page with a lon/lat bbox, without reading every match: the tile
-- cells (V0011) wholly inside the bbox are summed, and only the points in the bbox's edges, outside
-- those cells, are counted (Core's CellCover lays the bbox over the cells). Exact, as the cells are:
-- NULL when a cell inside the bbox is stale (incidents changed there since the last refresh), and
-- the caller then counts the points. Only the filters the cells keep apply (event type, country,
-- geo precision; active = not retracted, merged incidents have no cell rows).
-- $1-$5 the cover's blocks (level, x from–to, y from–to); $6-$9 its finest cells (x from–to, y from–to);
-- $10 the edges (polygons); $11-$14 the bbox (lon/lat); $15 event type, $16 country, $17 geo precision.
SELECT CASE WHEN EXISTS (SELECT 1 FROM incident_cells_stale s WHERE s.cx BETWEEN $6 AND $7 AND s.cy BETWEEN $8 AND $9) THEN NULL
    ELSE (SELECT coalesce(sum(c.incidents), 0)
          FROM unnest($1::smallint[], $2::integer[], $3::integer[], $4::integer[], $5::integer[]) AS b (level, x0, x1, y0, y1)
          JOIN incident_cells c ON c.level = b.level AND c.cx BETWEEN b.x0 AND b.x1 AND c.cy BETWEEN b.y0 AND b.y1
          WHERE NOT c.retracted
            AND ($15::text IS NULL OR c.event_type = $15)
            AND ($16::text IS NULL OR c.country = $16)
            AND ($17::smallint IS NULL OR c.geo_precision = $17))
       + (SELECT count(*)
          FROM incidents i
          WHERE i.status = 'active'
            AND i.geom && ST_MakeEnvelope($11, $12, $13, $14, 4326)
            AND i.geom && ANY ($10::geometry[])
            AND NOT coalesce(mercator_x(i.geom) >> 19 BETWEEN $6 AND $7 AND mercator_y(i.geom) >> 19 BETWEEN $8 AND $9, false)
            AND ($15::text IS NULL OR i.event_type = $15)
            AND ($16::text IS NULL OR i.country = $16)
            AND ($17::smallint IS NULL OR i.geo_precision = $17))
    END;
