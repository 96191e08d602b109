-- $1 alert id, $2 attempt number, $3 delivered?, $4 HTTP status or NULL, $5 error or NULL,
-- $6 give up (no attempts left)?, $7 seconds until the next attempt. Only the claim that made this
-- attempt can finish it.
WITH finished AS (
    UPDATE alerts SET
        delivery_state  = CASE WHEN $3 THEN 'delivered' WHEN $6 THEN 'failed' ELSE 'pending' END,
        delivered_at    = CASE WHEN $3 THEN now() END,
        next_attempt_at = CASE WHEN $3 OR $6 THEN NULL ELSE now() + $7 * interval '1 second' END,
        lease_until     = NULL
    WHERE id = $1 AND delivery_state = 'delivering' AND delivery_attempts = $2
    RETURNING id, delivery_state
), attempt AS (
    UPDATE alert_delivery_attempts SET finished_at = now(), outcome = CASE WHEN $3 THEN 'delivered' ELSE 'failed' END,
                                       status_code = $4, error = $5
    WHERE alert_id = $1 AND attempt = $2
)
SELECT delivery_state FROM finished;
