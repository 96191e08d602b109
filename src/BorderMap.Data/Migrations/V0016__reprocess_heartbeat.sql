-- A running reprocess run's worker marks it alive every few seconds (Reprocessor.HeartbeatInterval),
-- so GET /api/v1/jobs/{id} can tell a run that is working from one whose worker died and that waits
-- for Hangfire to hand its job to another worker (issue 17).
ALTER TABLE reprocess_runs ADD COLUMN heartbeat_at timestamptz;
