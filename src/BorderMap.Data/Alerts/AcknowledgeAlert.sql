-- Acknowledging twice keeps the first acknowledgement.
UPDATE alerts SET acknowledged_at = coalesce(acknowledged_at, now()), acknowledged_by = coalesce(acknowledged_by, $2)
WHERE id = $1
RETURNING id;
