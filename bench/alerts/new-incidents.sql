-- CheckAlerts steady-state benchmark: :n new synthetic incidents, as if reported since the last
-- check — copies of random existing synthetic incidents (place, type, fatalities) dated in the last
-- 60 days of the data, inserted the way the bulk loader writes them.
INSERT INTO incidents (occurred_on, time_precision, event_type, sub_event_type, tags, fatalities, geom, place_name,
                       country, geo_precision, source, synthetic, created_by, updated_by)
SELECT DATE '2025-12-31' - (random() * 60)::int, time_precision, event_type, sub_event_type, tags, fatalities, geom,
       place_name, country, geo_precision, source, true, 'alert-bench', 'alert-bench'
FROM incidents TABLESAMPLE BERNOULLI (0.2)
WHERE synthetic
LIMIT :n;
