-- $1 id, $2 'done' or 'failed', $3 skipped mentions (jsonb), $4 error, $5 gazetteer version.
UPDATE reports SET status = $2, skipped = $3, error = $4, gazetteer_version = $5, processed_at = now()
WHERE id = $1;
