SELECT * FROM api_keys ORDER BY id;
