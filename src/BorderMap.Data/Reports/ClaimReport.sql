-- Locks a report still to extract for the caller's transaction; returns nothing when another
-- extraction holds it or it is done. A report is only ever marked done or failed in the same
-- transaction that wrote its incidents (or after that transaction rolled back), so a crash leaves
-- it waiting, with nothing of it written. 'processing' was used by earlier versions while they ran.
SELECT id FROM reports
WHERE id = $1 AND status IN ('received', 'processing', 'failed')
FOR UPDATE SKIP LOCKED;
