-- The incidents change counter (V0007) and the primary's WAL position read together: whatever a
-- replica computes once it has replayed that position is at least as new as the counter says.
SELECT last_value, pg_current_wal_insert_lsn() FROM incidents_data_version;
