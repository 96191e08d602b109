-- Copies the peer harness's 1,000,000 synthetic incidents (bench.incidents, ../shared/bench/peers)
-- into BorderMap's incidents table in the same database, so BorderMap and MapServer serve the same
-- points. Run with search_path set to the schema BorderMap was migrated into (ogc_bench):
--   psql -h 127.0.0.1 -p 55432 -U postgres -d peer -v ON_ERROR_STOP=1 \
--        -c 'SET search_path = ogc_bench, public' -f bench/ogc/load-peer-incidents.sql
-- ids are kept, so feature ids match MapServer's. occurred_at (UTC) becomes the incident's day.
-- The peer's event types are not ACLED's; they map to the nearest ACLED type:
--   armed_clash → battles; shelling_rocket, explosion → explosions_remote_violence;
--   smuggling_seizure, border_crossing_displacement, arrest, other → strategic_developments.
SET search_path = ogc_bench, public;
-- Every table with a foreign key to incidents goes with it (V0001 revisions, V0004 sources).
TRUNCATE incidents, incident_revisions, incident_sources;
INSERT INTO incidents (id, occurred_on, event_type, sub_event_type, fatalities, geom, country, geo_precision,
                       source, synthetic, created_by, updated_by)
OVERRIDING SYSTEM VALUE
SELECT b.id,
       (b.occurred_at AT TIME ZONE 'UTC')::date,
       CASE b.event_type
            WHEN 'armed_clash' THEN 'battles'
            WHEN 'shelling_rocket' THEN 'explosions_remote_violence'
            WHEN 'explosion' THEN 'explosions_remote_violence'
            ELSE 'strategic_developments' END,
       CASE b.event_type
            WHEN 'armed_clash' THEN 'armed_clash'
            WHEN 'shelling_rocket' THEN 'shelling_artillery_missile_attack'
            WHEN 'explosion' THEN 'remote_explosive_landmine_ied'
            WHEN 'arrest' THEN 'arrests'
            ELSE 'other' END,
       b.fatalities, b.geom,
       CASE WHEN ST_Y(b.geom) > 37.2 AND ST_X(b.geom) > 68.5 THEN 'TJ' ELSE 'AF' END,
       1, b.source, true, 'bench', 'bench'
FROM bench.incidents b
ORDER BY b.id;
SELECT setval(pg_get_serial_sequence('incidents', 'id'), (SELECT max(id) FROM incidents));
ANALYZE incidents;
