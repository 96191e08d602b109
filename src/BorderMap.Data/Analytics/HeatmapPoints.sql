-- The points a heatmap sums, in UTM 42N as stored beside each incident (migration V0010), with
-- their weights. The filters are analytics_incidents' (the incident list's); utm42n_x is NULL
-- exactly where the projection's domain test (lon 51–87, lat 0–84) fails. With the filters'
-- values planned as constants, a period is an index-only scan of incidents_utm42n_by_date (V0017).
-- $1-$17 the shared filters; $18 weight by fatalities (an incident with none adds nothing, as a
-- zero weight does in QGIS), else the weight is NULL and means 1, which costs no bytes on the wire;
-- $19-$22 the UTM 42N box the points must lie in (the grid grown by the radius), NULL for anywhere.
-- synthetic last, so the heatmap can say it counted benchmark rows (its GeoTIFF's SYNTHETIC item).
SELECT i.utm42n_x, i.utm42n_y, CASE WHEN $18 THEN i.fatalities::float8 END, i.synthetic
FROM analytics_incidents($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) AS i
WHERE i.utm42n_x IS NOT NULL
  AND (NOT $18 OR i.fatalities > 0)
  AND ($19::float8 IS NULL
       OR (i.utm42n_x BETWEEN $19 AND $21 AND i.utm42n_y BETWEEN $20 AND $22));
