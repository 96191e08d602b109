-- $1 rule id or NULL, $2 acknowledged (true/false) or NULL for both, $3 keyset: ids below this one or NULL, $4 limit
SELECT a.*, r.name AS rule_name,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('attempt', d.attempt, 'startedAt', d.started_at, 'finishedAt', d.finished_at,
                                                     'outcome', d.outcome, 'statusCode', d.status_code, 'error', d.error)
                                  ORDER BY d.attempt), '[]'::jsonb)
        FROM alert_delivery_attempts d WHERE d.alert_id = a.id) AS attempts
FROM alerts a
JOIN alert_rules r ON r.id = a.rule_id
WHERE ($1::bigint IS NULL OR a.rule_id = $1)
  AND ($2::boolean IS NULL OR (a.acknowledged_at IS NOT NULL) = $2)
  AND ($3::bigint IS NULL OR a.id < $3)
ORDER BY a.id DESC
LIMIT $4;
