SELECT * FROM alert_rules WHERE deleted_at IS NULL ORDER BY id;
