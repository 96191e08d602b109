-- 2,600 incidents (three OGC pages at limit 1000) on a grid over lon 70.0-70.9, lat 37.0-37.9, one a
-- day from 2020-01-01, event types, countries and precisions in turn; plus two border segments,
-- two crossings and three places. Deterministic, so tests can count what each filter must return.
-- The server loaded the real geodata at start; the counts below are the fixture's own.
DELETE FROM crossings;
DELETE FROM border_segments;
DELETE FROM place_names;
DELETE FROM places;

INSERT INTO incidents (occurred_on, event_type, fatalities, geom, place_name, country, geo_precision, source, published_at, created_by, updated_by)
SELECT DATE '2020-01-01' + (n - 1),
       (ARRAY['battles', 'explosions_remote_violence', 'violence_against_civilians', 'protests', 'riots', 'strategic_developments'])[1 + (n - 1) % 6],
       CASE WHEN n % 5 = 0 THEN NULL ELSE n % 7 END,
       ST_SetSRID(ST_MakePoint(70.0 + ((n - 1) % 50) * 0.018, 37.0 + ((n - 1) / 50) * 0.017), 4326),
       'Place ' || n || ' – Хорог',
       CASE WHEN n % 2 = 0 THEN 'TJ' ELSE 'AF' END,
       1 + (n - 1) % 3,
       'test fixture',
       TIMESTAMPTZ '2020-01-02 08:30:00+00' + (n - 1) * INTERVAL '1 day',
       'test', 'test'
FROM generate_series(1, 2600) AS n;

INSERT INTO border_segments (id, ordinal, name, from_m, to_m, length_m, geom) VALUES
  ('seg-01', 1, 'Termez – Ayvaj', 0, 50000, 50000, ST_GeomFromText('LINESTRING(67.3 37.2, 67.8 37.1)', 4326)),
  ('seg-02', 2, 'Ayvaj – Panj', 50000, 120000, 70000, ST_GeomFromText('LINESTRING(67.8 37.1, 68.5 37.2)', 4326));

INSERT INTO crossings (id, name, kind, segment_id, snap_distance_m, source, source_geom, geom) VALUES
  ('panj-bridge', 'Panji Poyon bridge', 'bridge', 'seg-02', 120, 'test fixture', ST_SetSRID(ST_MakePoint(68.47, 37.19), 4326), ST_SetSRID(ST_MakePoint(68.48, 37.2), 4326)),
  ('ayvaj-post', 'Ayvaj post', 'border_post', 'seg-01', 40, 'test fixture', ST_SetSRID(ST_MakePoint(67.8, 37.1), 4326), ST_SetSRID(ST_MakePoint(67.8, 37.1), 4326));

INSERT INTO places (id, name, ascii_name, feature_class, feature_code, country, population, geom) VALUES
  (1221874, 'Khorugh', 'Khorugh', 'P', 'PPLA', 'TJ', 30000, ST_SetSRID(ST_MakePoint(71.55, 37.49), 4326)),
  (1133453, 'Ishkashim', 'Ishkashim', 'P', 'PPL', 'AF', 10000, ST_SetSRID(ST_MakePoint(71.61, 36.71), 4326)),
  (1221194, 'Panj', 'Panj', 'P', 'PPL', 'TJ', 9000, ST_SetSRID(ST_MakePoint(69.1, 37.24), 4326));
