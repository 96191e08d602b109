-- The primary's WAL position now: every transaction committed before this statement ends at or
-- before it, so a replica that has replayed this far shows all of them.
SELECT pg_current_wal_insert_lsn();
