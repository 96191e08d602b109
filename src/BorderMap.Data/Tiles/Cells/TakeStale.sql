-- The level-15 cells marked stale, moved into this refresh's own table. The DELETE sees the marks
-- of transactions committed before the refresh's snapshot, the same incidents the recount sees;
-- marks of writers that commit later stay for the next refresh.
CREATE TEMP TABLE refreshed_cells (cx integer, cy integer, PRIMARY KEY (cx, cy)) ON COMMIT DROP;
WITH taken AS (DELETE FROM incident_cells_stale RETURNING cx, cy)
INSERT INTO refreshed_cells SELECT DISTINCT cx, cy FROM taken;
ANALYZE refreshed_cells;
SELECT count(*) FROM refreshed_cells;
