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
