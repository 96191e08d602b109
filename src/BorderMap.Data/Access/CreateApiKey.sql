INSERT INTO api_keys (name, role, prefix, key_hash, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING *;
