-- $1 run id, $2 final state, $3 error or NULL
UPDATE reprocess_runs SET state = $2, error = $3, finished_at = CASE WHEN $2 IN ('succeeded', 'failed') THEN now() END, updated_at = now()
WHERE id = $1
RETURNING *;
