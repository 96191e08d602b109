-- $1 rule id, $2 its secret as Data Protection wrote it: the plain text is gone in the same statement.
UPDATE alert_rules SET webhook_secret_protected = $2, webhook_secret_plain = NULL WHERE id = $1;
