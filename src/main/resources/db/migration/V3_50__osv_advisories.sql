-- Vulnerability advisories in the OSV schema (issue 4, dependencies). Public data shared by every tenant: imported
-- by platform admins and read by every tenant's scans, so these tables have no tenant_id on purpose.
CREATE TABLE osv_advisory (
    id          VARCHAR(128) PRIMARY KEY,
    modified    TIMESTAMPTZ  NOT NULL,
    withdrawn   TIMESTAMPTZ,
    summary     TEXT,
    document    JSONB        NOT NULL,
    imported_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- The packages an advisory names, keyed as the analyzer looks them up: OSV ecosystem name and the package name
-- normalised for that ecosystem (PEP 503 for PyPI, lower case for Packagist and crates.io).
CREATE TABLE osv_affected_package (
    ecosystem   VARCHAR(32)  NOT NULL,
    name        VARCHAR(512) NOT NULL,
    advisory_id VARCHAR(128) NOT NULL REFERENCES osv_advisory (id) ON DELETE CASCADE,
    PRIMARY KEY (ecosystem, name, advisory_id)
);
CREATE INDEX osv_affected_package_advisory_idx ON osv_affected_package (advisory_id);
