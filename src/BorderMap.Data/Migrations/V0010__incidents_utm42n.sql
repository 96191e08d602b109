-- Every incident's point in UTM 42N (EPSG:32642), the CRS the analytics compute in, stored beside
-- its lon/lat so a heatmap reads two numbers instead of transforming 1,000,000 points per request
-- (bench/RESULTS.md, "Analytics (issue 7)"). Generated columns: PostgreSQL recomputes them in the
-- same row on every insert, update and relocation, so they cannot drift from geom.
-- NULL outside the projection's domain (lon 51–87, lat 0–84, the same && test the heatmap
-- applied before): nothing is transformed where UTM 42N is meaningless, and no valid incident
-- elsewhere can fail its insert on a projection error.
ALTER TABLE incidents
    ADD COLUMN utm42n_x float8 GENERATED ALWAYS AS (
        CASE WHEN geom && ST_MakeEnvelope(51, 0, 87, 84, 4326) THEN ST_X(ST_Transform(geom, 32642)) END) STORED,
    ADD COLUMN utm42n_y float8 GENERATED ALWAYS AS (
        CASE WHEN geom && ST_MakeEnvelope(51, 0, 87, 84, 4326) THEN ST_Y(ST_Transform(geom, 32642)) END) STORED;

-- The heatmap's read: a period of incidents in UTM 42N with what the shared filters ask of them,
-- all inside the index, so a year is an index-only range scan of ~90 bytes per incident instead
-- of a pass over the whole table (its wide rows are ~200 bytes each and hold every year).
CREATE INDEX incidents_utm42n_by_date ON incidents (occurred_on)
    INCLUDE (utm42n_x, utm42n_y, fatalities, status, geo_precision, event_type, country)
    WHERE utm42n_x IS NOT NULL;
