UPDATE reprocess_runs SET hangfire_job_id = $2, updated_at = now() WHERE id = $1;
