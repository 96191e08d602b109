-- $1 rule ids, $2 the revisions the check read, $3 the check's start. A rule edited during the
-- check keeps evaluated_at NULL, so the next check evaluates its new definition in full.
UPDATE alert_rules r SET evaluated_at = $3
FROM unnest($1::bigint[], $2::integer[]) AS e(id, revision)
WHERE r.id = e.id AND r.revision = e.revision;
