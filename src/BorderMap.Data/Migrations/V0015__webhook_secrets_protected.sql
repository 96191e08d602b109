-- Webhook secrets are kept encrypted (ASP.NET Core Data Protection, issue 17): the server writes
-- webhook_secret_protected and never the plain column again. A secret stored before this migration
-- stays in webhook_secret_plain only until the next server start protects it and clears the plain
-- text (AlertRuleStore.ProtectPlainSecretsAsync); SQL cannot encrypt with the application's keys.
ALTER TABLE alert_rules RENAME COLUMN webhook_secret TO webhook_secret_plain;
ALTER TABLE alert_rules ADD COLUMN webhook_secret_protected text;
ALTER TABLE alert_rules DROP CONSTRAINT alert_rules_webhook_secret;
ALTER TABLE alert_rules ADD CONSTRAINT alert_rules_webhook_secret
    CHECK (webhook_url IS NULL OR webhook_secret_protected IS NOT NULL OR webhook_secret_plain IS NOT NULL);

-- The Data Protection key ring, when no key folder is configured: one XML element per key, as
-- ASP.NET Core's IXmlRepository stores them, shared by every process on this database.
CREATE TABLE data_protection_keys (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    friendly_name text        NOT NULL UNIQUE,
    xml           text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- A delivery still pending when its rule is deleted or disabled is cancelled, never posted.
ALTER TABLE alerts DROP CONSTRAINT alerts_delivery_state_check;
ALTER TABLE alerts ADD CONSTRAINT alerts_delivery_state_check
    CHECK (delivery_state IN ('none', 'pending', 'delivering', 'delivered', 'failed', 'cancelled'));
UPDATE alerts a SET delivery_state = 'cancelled', next_attempt_at = NULL, lease_until = NULL
FROM alert_rules r
WHERE r.id = a.rule_id AND a.delivery_state IN ('pending', 'delivering') AND (r.deleted_at IS NOT NULL OR NOT r.enabled);
