-- Cron schedules per repository (e.g. a nightly scan). Each replica polls for due schedules with
-- FOR UPDATE SKIP LOCKED and moves next_run_at forward in the same transaction that enqueues the task, so a
-- schedule fires exactly once per due time across replicas; the idempotency key on the task backs this up.
CREATE TABLE task_schedule (
    id            UUID PRIMARY KEY,
    tenant_id     UUID         NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    repository    VARCHAR(500) NOT NULL,
    name          VARCHAR(100) NOT NULL,
    cron          VARCHAR(120) NOT NULL,
    time_zone     VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    task_type     VARCHAR(64)  NOT NULL,
    payload       JSONB        NOT NULL DEFAULT '{}',
    priority      SMALLINT     NOT NULL DEFAULT 2 CHECK (priority BETWEEN 0 AND 3),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    next_run_at   TIMESTAMPTZ  NOT NULL,
    last_run_at   TIMESTAMPTZ,
    last_task_id  UUID,
    created_by    UUID,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (tenant_id, repository, name)
);
CREATE INDEX task_schedule_due_idx ON task_schedule (next_run_at) WHERE enabled;
