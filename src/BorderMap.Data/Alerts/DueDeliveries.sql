-- $1 grace in seconds. Pending alerts whose attempt is overdue by more than the grace (their job
-- was lost: the process died between recording the alert and enqueuing its delivery, or the job
-- failed outright), and claims whose lease ran out. Pushing next_attempt_at ahead stops the next
-- sweep from dispatching them again while their job is queued.
UPDATE alerts SET next_attempt_at = now()
WHERE (delivery_state = 'pending' AND next_attempt_at < now() - $1 * interval '1 second')
   OR (delivery_state = 'delivering' AND lease_until < now())
RETURNING id;
