-- The space-time GiST (V0002, V0012) leads with the date, so a query with a bbox and no date range
-- has to walk all of it (the whole index, ~7,500 pages over 1,000,000 incidents: 200–800 ms for a
-- bbox that the geometry GiST answers in under a millisecond). The planner costs both alike for a
-- small bbox and picked the space-time one (bench/RESULTS.md, "Fresh bboxes (issue 20)"). As a
-- partial index on a condition every date comparison implies (a strict operator on occurred_on
-- proves it IS NOT NULL), it still serves each query with a date range, and no query without one
-- can use it. occurred_on is NOT NULL, so the index holds every row as before.
DROP INDEX incidents_date_geom_gist;
CREATE INDEX incidents_date_geom_gist ON incidents USING gist (occurred_on, geom) WITH (buffering = on)
    WHERE occurred_on IS NOT NULL;
