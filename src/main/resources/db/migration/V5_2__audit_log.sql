-- Audit log of security-relevant actions, per tenant. Append-only: the triggers below refuse UPDATE, DELETE and
-- TRUNCATE for every role, the application's included. No foreign key to tenant on purpose: the record of what
-- happened outlives the tenant. Rows without a tenant are actions that could not be attributed (e.g. a failed
-- login for an unknown email).
CREATE TABLE audit_log (
    id         UUID PRIMARY KEY,
    tenant_id  UUID,
    actor_id   UUID,
    actor      VARCHAR(320),
    action     VARCHAR(100) NOT NULL,
    target     VARCHAR(500),
    outcome    VARCHAR(16)  NOT NULL,
    details    JSONB        NOT NULL DEFAULT '{}',
    at         TIMESTAMPTZ  NOT NULL,
    recorded_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_tenant_at_idx ON audit_log (tenant_id, at DESC);
CREATE INDEX audit_log_tenant_action_idx ON audit_log (tenant_id, action, at DESC);

CREATE FUNCTION audit_log_append_only() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_no_update_delete
    BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_truncate
    BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
