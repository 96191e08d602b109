SELECT * FROM api_keys WHERE prefix = $1 AND revoked_at IS NULL;
