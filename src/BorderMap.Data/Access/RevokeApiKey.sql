-- $1 is an id or a prefix, as the operator typed it.
UPDATE api_keys SET revoked_at = now()
WHERE revoked_at IS NULL AND (prefix = $1 OR id::text = $1);
