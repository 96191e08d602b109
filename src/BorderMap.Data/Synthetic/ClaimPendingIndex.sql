-- The next pending index no other builder holds; the row stays locked until the build commits.
SELECT name, definition FROM incidents_pending_indexes ORDER BY position LIMIT 1 FOR UPDATE SKIP LOCKED;
