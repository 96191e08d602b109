-- CONCURRENTLY: readers keep the old contents until the new ones are ready.
REFRESH MATERIALIZED VIEW CONCURRENTLY incident_daily_counts;
