-- $1 run id: its worker is alive. Only a running run is marked; a finished one keeps its last beat.
UPDATE reprocess_runs SET heartbeat_at = now() WHERE id = $1 AND state = 'running';
