-- $1 alert ids
SELECT a.*, r.name AS rule_name,
       (SELECT coalesce(jsonb_agg(jsonb_build_object('attempt', d.attempt, 'startedAt', d.started_at, 'finishedAt', d.finished_at,
                                                     'outcome', d.outcome, 'statusCode', d.status_code, 'error', d.error)
                                  ORDER BY d.attempt), '[]'::jsonb)
        FROM alert_delivery_attempts d WHERE d.alert_id = a.id) AS attempts
FROM alerts a
JOIN alert_rules r ON r.id = a.rule_id
WHERE a.id = ANY($1)
ORDER BY a.id;
