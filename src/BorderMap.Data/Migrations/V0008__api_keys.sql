-- API keys: only a SHA-256 of each key is stored; the key itself is shown once, at creation.
-- A key reads "bm_<prefix>_<secret>"; the prefix finds the row, the hash is compared in constant time.
CREATE TABLE api_keys (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    role         text        NOT NULL CHECK (role IN ('reader', 'editor', 'admin')),
    prefix       text        NOT NULL UNIQUE,
    key_hash     bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text        NOT NULL,
    revoked_at   timestamptz,
    last_used_at timestamptz
);
