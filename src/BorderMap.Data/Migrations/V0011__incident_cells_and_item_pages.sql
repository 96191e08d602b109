-- 1. Incident counts per grid cell, so that a clustered low-zoom tile reads a few thousand cell rows
-- instead of a quarter of a million points (bench/RESULTS.md, "GIS outputs").
--
-- Positions are integer Web Mercator units, 2^34 across the world: a zoom-22 tile's 4096 units.
-- A tile at zoom z clusters on a 64 × 64 grid, i.e. on the cells of level z + 6 (2^(z+6) cells
-- across the world): a cell of level L holds the points whose position shifted right by 34 - L is
-- (cx, cy). Levels 6 to 15 are kept, one per zoom 0 to 9 (the zooms that always cluster). Integer
-- sums of positions make a cluster's mean position exact, so a tile built from these rows is
-- byte-for-byte the tile built from the points (tests/BorderMap.Data.Tests/Tiles). Points nearer
-- the poles than Web Mercator reaches (|lat| ≥ 85.0511°) and on the antimeridian's east side
-- (lon = 180) have no position, as they have no tile.
-- (Plain SQL, neither STRICT nor RETURN-style, so that the planner inlines them.)
CREATE FUNCTION mercator_x(geom geometry) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN abs(ST_Y(geom)) < 85.0511287798066 AND ST_X(geom) < 180
        THEN floor((ST_X(geom) + 180) / 360 * 17179869184)::bigint END
$$;

CREATE FUNCTION mercator_y(geom geometry) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN abs(ST_Y(geom)) < 85.0511287798066 AND ST_X(geom) < 180
        THEN floor((1 - ln(tan(radians(ST_Y(geom))) + 1 / cos(radians(ST_Y(geom)))) / pi()) / 2 * 17179869184)::bigint END
$$;

-- One row per cell and combination of the attributes a tile can filter on (every filter but the
-- dates). Merged incidents are never drawn, so they have no rows.
CREATE TABLE incident_cells (
    level         smallint NOT NULL CHECK (level BETWEEN 6 AND 15),
    cx            integer  NOT NULL,
    cy            integer  NOT NULL,
    retracted     boolean  NOT NULL,
    event_type    text     NOT NULL,
    country       char(2),
    geo_precision smallint NOT NULL,
    incidents     integer  NOT NULL CHECK (incidents > 0),
    fatalities    bigint,            -- their sum; NULL when no incident of the row has a figure
    first_day     date     NOT NULL,
    last_day      date     NOT NULL,
    sum_x         bigint   NOT NULL, -- sums of mercator_x and mercator_y
    sum_y         bigint   NOT NULL
);
CREATE UNIQUE INDEX incident_cells_key ON incident_cells (level, cx, cy, retracted, event_type, country, geo_precision) NULLS NOT DISTINCT;

-- Level-15 cells whose rows may no longer match the incidents. Writers only append here (no
-- unique key, so concurrent writers never wait for each other); IncidentCells.RefreshAsync
-- recomputes the cells and deletes these rows; a tile touching a listed cell is built from the points.
CREATE TABLE incident_cells_stale (
    cx integer NOT NULL,
    cy integer NOT NULL
);
CREATE INDEX incident_cells_stale_cell ON incident_cells_stale (cx, cy);

CREATE FUNCTION mark_incident_cells_stale() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO incident_cells_stale (cx, cy)
        SELECT DISTINCT mercator_x(geom) >> 19, mercator_y(geom) >> 19 FROM new_rows WHERE status <> 'merged' AND mercator_y(geom) IS NOT NULL;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO incident_cells_stale (cx, cy)
        SELECT DISTINCT mercator_x(geom) >> 19, mercator_y(geom) >> 19 FROM old_rows WHERE status <> 'merged' AND mercator_y(geom) IS NOT NULL;
    ELSE
        -- Only changes to what a cell row holds: edits of notes, actors or border context leave the cells alone.
        INSERT INTO incident_cells_stale (cx, cy)
        SELECT DISTINCT mercator_x(r.geom) >> 19, mercator_y(r.geom) >> 19
        FROM old_rows o
        JOIN new_rows n USING (id)
        CROSS JOIN LATERAL (VALUES (o.geom, o.status), (n.geom, n.status)) AS r (geom, status)
        WHERE r.status <> 'merged' AND mercator_y(r.geom) IS NOT NULL
          AND (o.geom, o.status, o.occurred_on, o.event_type, o.country, o.geo_precision, o.fatalities)
              IS DISTINCT FROM (n.geom, n.status, n.occurred_on, n.event_type, n.country, n.geo_precision, n.fatalities);
    END IF;
    RETURN NULL;
END
$$;

-- Transition tables allow one event per trigger.
CREATE TRIGGER incident_cells_insert AFTER INSERT ON incidents
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mark_incident_cells_stale();
CREATE TRIGGER incident_cells_update AFTER UPDATE ON incidents
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION mark_incident_cells_stale();
CREATE TRIGGER incident_cells_delete AFTER DELETE ON incidents
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION mark_incident_cells_stale();

CREATE FUNCTION clear_incident_cells() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE incident_cells, incident_cells_stale;
    RETURN NULL;
END
$$;
CREATE TRIGGER incident_cells_truncate AFTER TRUNCATE ON incidents
    FOR EACH STATEMENT EXECUTE FUNCTION clear_incident_cells();

-- Incidents already stored: every occupied cell starts stale, and the first refresh builds them all.
INSERT INTO incident_cells_stale (cx, cy)
SELECT DISTINCT mercator_x(geom) >> 19, mercator_y(geom) >> 19 FROM incidents WHERE status <> 'merged' AND mercator_y(geom) IS NOT NULL;

-- 2. OGC items pages (Ogc/Incidents.Items.sql) walk incidents in id order and keep those in the bbox
-- and dates. The rows are stored in time order, scattered in space: a page of 100 in one hotspot's
-- bbox passes ~3,300 ids, 6,500 heap buffers. With what those filters test beside the id, the walk
-- stays in this index (~30 pages) and only the page's rows are read from the table.
CREATE INDEX incidents_id_page ON incidents (id) INCLUDE (geom, status, occurred_on);
