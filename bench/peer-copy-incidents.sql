-- Copies the peer harness's synthetic points (bench.incidents, ../shared/bench/peers) into
-- BorderMap's incidents table in the same database, so BorderMap and MapServer read the same points.
-- Run after `BORDERMAP_DB=… ./bordermap migrate` against the peer cluster (127.0.0.1:55432, db peer).
-- Idempotent: it copies only when BorderMap's table holds no peer rows yet (source = 'peer-bench').
--   * the 11 years 2015-01-01..2025-12-31 are compressed into the one year 2024 (same order), so
--     "1,000,000 incidents in one year" is the peer's 1,000,000 points;
--   * the peer's event types map to the ACLED codes BorderMap uses;
--   * every row is flagged synthetic and geo precision 1 (the peer points are exact).
INSERT INTO incidents (occurred_on, event_type, fatalities, geom, geo_precision, source, synthetic, created_by, updated_by)
SELECT date '2024-01-01'
         + floor(extract(epoch FROM b.occurred_at - timestamptz '2015-01-01 00:00:00+00')
                 / extract(epoch FROM timestamptz '2026-01-01 00:00:00+00' - timestamptz '2015-01-01 00:00:00+00') * 366)::int,
       CASE b.event_type
           WHEN 'armed_clash' THEN 'battles'
           WHEN 'shelling_rocket' THEN 'explosions_remote_violence'
           WHEN 'explosion' THEN 'explosions_remote_violence'
           ELSE 'strategic_developments'
       END,
       b.fatalities, b.geom, 1, 'peer-bench', true, 'peer-bench', 'peer-bench'
FROM bench.incidents AS b
WHERE NOT EXISTS (SELECT 1 FROM incidents WHERE source = 'peer-bench')
ORDER BY b.id;
ANALYZE incidents;
