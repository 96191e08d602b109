-- Whether a whole-database run is already waiting or running, and whether anything is stale for $1.
SELECT EXISTS (SELECT 1 FROM reprocess_runs WHERE scope_kind = 'all' AND state IN ('queued', 'running')),
       EXISTS (SELECT 1 FROM incidents WHERE status = 'active' AND gazetteer_version IS DISTINCT FROM $1);
