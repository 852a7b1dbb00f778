-- Custom rule packs uploaded by tenants (issue 7): YAML in the built-in format, validated on upload (queries
-- compile, examples pass), run in that tenant's scans only.
CREATE TABLE tenant_rule_pack (
    id          UUID PRIMARY KEY,
    tenant_id   UUID          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    name        VARCHAR(100)  NOT NULL,
    language    VARCHAR(32),
    rule_ids    TEXT[]        NOT NULL,
    content     TEXT          NOT NULL,
    sha256      VARCHAR(64)   NOT NULL,
    created_by  UUID,
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, name)
);
