-- $1 how long a report may wait: reports received before that and still not extracted.
SELECT id FROM reports
WHERE status IN ('received', 'processing') AND received_at < now() - $1
ORDER BY id
LIMIT 1000;
