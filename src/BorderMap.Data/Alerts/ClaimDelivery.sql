-- $1 alert id, $2 lease in seconds. Claims the alert for one delivery attempt: only a pending alert,
-- or one whose previous claim outlived its lease (the worker died mid-attempt), can be claimed, so
-- two workers never post the same alert at once and a delivered alert is never posted again.
-- The rule is checked at every attempt: when it was deleted or disabled since the alert was raised
-- (or since the last attempt), the delivery is cancelled and nothing comes back.
WITH cancelled AS (
    UPDATE alerts a SET delivery_state = 'cancelled', next_attempt_at = NULL, lease_until = NULL
    FROM alert_rules r
    WHERE a.id = $1 AND r.id = a.rule_id AND (r.deleted_at IS NOT NULL OR NOT r.enabled)
      AND (a.delivery_state = 'pending' OR (a.delivery_state = 'delivering' AND a.lease_until < now()))
), claimed AS (
    UPDATE alerts a SET delivery_state = 'delivering', delivery_attempts = a.delivery_attempts + 1,
                        lease_until = now() + $2 * interval '1 second'
    FROM alert_rules r
    WHERE a.id = $1 AND r.id = a.rule_id AND r.deleted_at IS NULL AND r.enabled
      AND (a.delivery_state = 'pending' OR (a.delivery_state = 'delivering' AND a.lease_until < now()))
    RETURNING a.*
), abandoned AS (
    UPDATE alert_delivery_attempts d SET outcome = 'failed', error = 'the worker stopped during this attempt'
    FROM claimed c WHERE d.alert_id = c.id AND d.outcome = 'started'
), attempt AS (
    INSERT INTO alert_delivery_attempts (alert_id, attempt, outcome)
    SELECT id, delivery_attempts, 'started' FROM claimed
)
SELECT c.id, c.delivery_attempts, r.id AS rule_id, r.name, r.webhook_url, r.webhook_secret_protected, c.severity,
       c.window_start, c.window_end, c.incident_count, c.fatalities, c.incident_ids, c.baseline_average, c.created_at
FROM claimed c
JOIN alert_rules r ON r.id = c.rule_id;
