-- Secondary indexes of incidents that a bulk load dropped and has not built again yet. A load that
-- at least doubles the table drops them, copies its rows and commits, then builds them on two
-- connections at once (bench/RESULTS.md, "Bulk load"): the rows commit with this list in the same
-- transaction, and each build deletes its row in the build's own transaction, so every index either
-- exists or is listed here, whatever interrupts the load. The next load builds what is listed first.
CREATE TABLE incidents_pending_indexes (
    name       text    PRIMARY KEY,
    definition text    NOT NULL,
    position   integer NOT NULL  -- build order: the slowest builds first
);

-- The space-time GiST (V0002) is the slowest index to build, and a bulk load's rebuild waits for
-- it: btree_gist's date has no sort support, so it is built by inserting every row. The buffering
-- build inserts them a batch of the tree at a time: 18 % less CPU over 1M rows (7.0 → 5.8 s), a
-- tree of the same size that the list query reads the same number of pages of (bench/RESULTS.md).
DROP INDEX incidents_date_geom_gist;
CREATE INDEX incidents_date_geom_gist ON incidents USING gist (occurred_on, geom) WITH (buffering = on);
