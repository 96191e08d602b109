-- $1 the key's friendly name (key-<guid>), $2 its XML. A key is written once and never changed.
INSERT INTO data_protection_keys (friendly_name, xml) VALUES ($1, $2) ON CONFLICT (friendly_name) DO NOTHING;
