-- Rules are soft-deleted so their alerts keep pointing at them. Deliveries still waiting for their
-- next attempt are cancelled here; one in flight is cancelled by its next claim (ClaimDelivery).
WITH deleted AS (
    UPDATE alert_rules SET deleted_at = now(), enabled = false, updated_at = now()
    WHERE id = $1 AND deleted_at IS NULL
    RETURNING id
), cancelled AS (
    UPDATE alerts a SET delivery_state = 'cancelled', next_attempt_at = NULL
    FROM deleted d
    WHERE a.rule_id = d.id AND a.delivery_state = 'pending'
)
SELECT id FROM deleted;
