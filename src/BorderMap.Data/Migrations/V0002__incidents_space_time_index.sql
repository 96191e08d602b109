-- The commonest question is "what happened here in this period": one GiST index over date and
-- point answers bbox + date range without intersecting two bitmaps (7 ms → 3.5 ms per list query
-- over 1,000,000 incidents, bench/RESULTS.md). btree_gist gives GiST its date operators.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE INDEX IF NOT EXISTS incidents_date_geom_gist ON incidents USING gist (occurred_on, geom);
