-- Standards profile a tenant chose per language (issue 7): used by its scans unless the scan request or the
-- repository's .aicoder.yml names another.
CREATE TABLE tenant_standards_profile (
    tenant_id   UUID         NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    language    VARCHAR(32)  NOT NULL,
    profile     VARCHAR(64)  NOT NULL,
    updated_by  UUID,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, language)
);
