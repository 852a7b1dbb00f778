-- Scan engine (issue 3): scans, their uploaded sources, analysed files, findings, rules and artifacts, per tenant.
CREATE TABLE scan (
    id               UUID PRIMARY KEY,
    tenant_id        UUID         NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    created_by       UUID,
    task_id          UUID,
    status           VARCHAR(16)  NOT NULL CHECK (status IN ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    source_kind      VARCHAR(16)  NOT NULL CHECK (source_kind IN ('archive', 'git', 'diff', 'directory', 'snippet')),
    source_label     VARCHAR(1000),
    git_ref          VARCHAR(255),
    commit_sha       VARCHAR(64),
    request          JSONB        NOT NULL DEFAULT '{}',
    phase            VARCHAR(32),
    files_total      INTEGER      NOT NULL DEFAULT 0,
    files_done       INTEGER      NOT NULL DEFAULT 0,
    findings_so_far  INTEGER      NOT NULL DEFAULT 0,
    findings_total   INTEGER,
    suppressed_total INTEGER,
    counts           JSONB,
    languages        JSONB,
    skipped          JSONB,
    stats            JSONB,
    warnings         JSONB,
    error            TEXT,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    started_at       TIMESTAMPTZ,
    finished_at      TIMESTAMPTZ,
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX scan_tenant_created_idx ON scan (tenant_id, created_at DESC);

-- Uploaded archives and diffs wait here for the worker (any replica) and are deleted when the scan ends.
CREATE TABLE scan_source (
    scan_id    UUID PRIMARY KEY REFERENCES scan (id) ON DELETE CASCADE,
    tenant_id  UUID NOT NULL,
    archive    BYTEA,
    diff       BYTEA
);

CREATE TABLE scan_file (
    scan_id    UUID         NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
    tenant_id  UUID         NOT NULL,
    path       TEXT         NOT NULL,
    language   VARCHAR(32),
    size       BIGINT       NOT NULL,
    lines      INTEGER      NOT NULL,
    sha256     VARCHAR(64)  NOT NULL,
    findings   INTEGER      NOT NULL DEFAULT 0,
    PRIMARY KEY (scan_id, path)
);

CREATE TABLE scan_finding (
    id                  UUID PRIMARY KEY,
    scan_id             UUID         NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
    tenant_id           UUID         NOT NULL,
    seq                 INTEGER      NOT NULL,
    fingerprint         VARCHAR(64)  NOT NULL,
    rule_id             VARCHAR(300) NOT NULL,
    title               TEXT,
    message             TEXT,
    severity            VARCHAR(16)  NOT NULL,
    severity_rank       SMALLINT     NOT NULL,
    category            VARCHAR(32)  NOT NULL,
    cwe                 INTEGER[]    NOT NULL DEFAULT '{}',
    path                TEXT         NOT NULL,
    start_line          INTEGER      NOT NULL,
    start_column        INTEGER      NOT NULL,
    end_line            INTEGER      NOT NULL,
    end_column          INTEGER      NOT NULL,
    snippet             TEXT,
    language            VARCHAR(32),
    analyzer            VARCHAR(100),
    confidence          VARCHAR(16),
    tags                TEXT[]       NOT NULL DEFAULT '{}',
    fix                 JSONB,
    suppressed          BOOLEAN      NOT NULL DEFAULT FALSE,
    suppression_source  VARCHAR(32),
    suppression_reason  TEXT,
    properties          JSONB        NOT NULL DEFAULT '{}'
);
CREATE INDEX scan_finding_scan_idx ON scan_finding (scan_id, seq);
CREATE INDEX scan_finding_fingerprint_idx ON scan_finding (tenant_id, fingerprint);

CREATE TABLE scan_rule (
    scan_id     UUID         NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
    tenant_id   UUID         NOT NULL,
    rule_id     VARCHAR(300) NOT NULL,
    descriptor  JSONB        NOT NULL,
    PRIMARY KEY (scan_id, rule_id)
);

-- Non-finding results published by analyzers (metrics, dependency inventory, architecture graph...).
CREATE TABLE scan_artifact (
    scan_id    UUID          NOT NULL REFERENCES scan (id) ON DELETE CASCADE,
    tenant_id  UUID          NOT NULL,
    kind       VARCHAR(100)  NOT NULL,
    seq        INTEGER       NOT NULL,
    content    JSONB         NOT NULL,
    PRIMARY KEY (scan_id, kind, seq)
);
