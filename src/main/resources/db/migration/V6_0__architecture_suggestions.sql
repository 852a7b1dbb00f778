-- Architecture refactoring suggestions (issue 7): one row per ranked suggestion of a scan's architecture report,
-- created when the report is first read; approved or rejected by a member, read back by the remediation loop.
CREATE TABLE architecture_suggestion (
    id          UUID PRIMARY KEY,
    tenant_id   UUID          NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    scan_id     UUID          NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
    key         VARCHAR(1000) NOT NULL,
    rank        INTEGER       NOT NULL,
    kind        VARCHAR(40)   NOT NULL,
    target      TEXT,
    title       TEXT,
    content     JSONB         NOT NULL,
    status      VARCHAR(16)   NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    reason      TEXT,
    decided_by  UUID,
    decided_at  TIMESTAMPTZ,
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (scan_id, key)
);
CREATE INDEX architecture_suggestion_tenant_idx ON architecture_suggestion (tenant_id, status, created_at DESC);
