-- Where a replica stands: whether it is still a standby, the WAL it has replayed, whether it has
-- replayed all it received, and the age of the last transaction it replayed (the primary's commit
-- time; NULL before the first one).
SELECT pg_is_in_recovery() AS standby,
       pg_last_wal_replay_lsn() AS replayed,
       pg_last_wal_receive_lsn() IS NOT DISTINCT FROM pg_last_wal_replay_lsn() AS caught_up,
       extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp())::float8 AS replay_age_seconds;
