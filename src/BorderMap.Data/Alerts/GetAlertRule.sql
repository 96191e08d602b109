SELECT * FROM alert_rules WHERE id = $1 AND deleted_at IS NULL;
