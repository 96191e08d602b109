-- Rules whose webhook secret was stored in plain text before V0015, locked until protected.
SELECT id, webhook_secret_plain FROM alert_rules WHERE webhook_secret_plain IS NOT NULL FOR UPDATE;
