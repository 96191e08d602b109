-- Takes a received (or failed) report for processing; returns nothing when another worker has it or it is done.
UPDATE reports SET status = 'processing', error = NULL
WHERE id = $1 AND status IN ('received', 'failed')
RETURNING id;
