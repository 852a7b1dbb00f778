-- Foundation: tenants, users and API tokens. Every tenant-owned table carries tenant_id.
CREATE TABLE tenant (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    slug        VARCHAR(64)  NOT NULL UNIQUE,
    platform    BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE app_user (
    id             UUID PRIMARY KEY,
    tenant_id      UUID         NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    email          VARCHAR(320) NOT NULL,
    display_name   VARCHAR(200),
    password_hash  VARCHAR(100) NOT NULL,
    role           VARCHAR(16)  NOT NULL CHECK (role IN ('admin', 'member', 'viewer')),
    disabled       BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_logins  INTEGER      NOT NULL DEFAULT 0,
    locked_until   TIMESTAMPTZ,
    last_login_at  TIMESTAMPTZ,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX app_user_email_uq ON app_user (lower(email));
CREATE INDEX app_user_tenant_idx ON app_user (tenant_id);

CREATE TABLE api_token (
    id            UUID PRIMARY KEY,
    tenant_id     UUID        NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    user_id       UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64) NOT NULL UNIQUE,
    prefix        VARCHAR(16) NOT NULL,
    role          VARCHAR(16) NOT NULL CHECK (role IN ('admin', 'member', 'viewer')),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at    TIMESTAMPTZ,
    last_used_at  TIMESTAMPTZ,
    revoked_at    TIMESTAMPTZ
);
CREATE INDEX api_token_tenant_user_idx ON api_token (tenant_id, user_id);

-- Embedded secret store (AES-GCM ciphertexts); unused when Vault is the backend.
CREATE TABLE secret_entry (
    tenant_id   UUID         NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    name        VARCHAR(200) NOT NULL,
    ciphertext  BYTEA        NOT NULL,
    nonce       BYTEA        NOT NULL,
    key_id      VARCHAR(32)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, name)
);
