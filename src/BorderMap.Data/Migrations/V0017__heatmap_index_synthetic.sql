-- The heatmap reads whether each point is synthetic, so that its GeoTIFF can say it counted
-- benchmark rows (issue 16). V0010's index gains the column, keeping the read an index-only scan.
DROP INDEX incidents_utm42n_by_date;
CREATE INDEX incidents_utm42n_by_date ON incidents (occurred_on)
    INCLUDE (utm42n_x, utm42n_y, fatalities, status, geo_precision, event_type, country, synthetic)
    WHERE utm42n_x IS NOT NULL;
