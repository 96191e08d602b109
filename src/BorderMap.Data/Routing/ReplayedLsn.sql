-- The WAL a standby has replayed: everything committed before this position is visible there.
SELECT pg_last_wal_replay_lsn();
