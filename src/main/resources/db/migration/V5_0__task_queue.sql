-- Tasks: a durable queue shared by every replica. Workers claim with FOR UPDATE SKIP LOCKED (task_claim below);
-- a lease with heartbeats lets another worker take a task whose worker died; dependencies are resolved by triggers.
CREATE TABLE task (
    id                    UUID PRIMARY KEY,
    tenant_id             UUID         NOT NULL REFERENCES tenant (id) ON DELETE CASCADE,
    type                  VARCHAR(64)  NOT NULL,
    payload               JSONB        NOT NULL DEFAULT '{}',
    -- 0 critical, 1 high, 2 normal, 3 low
    priority              SMALLINT     NOT NULL DEFAULT 2 CHECK (priority BETWEEN 0 AND 3),
    status                VARCHAR(16)  NOT NULL
        CHECK (status IN ('waiting', 'queued', 'running', 'succeeded', 'failed', 'cancelled')),
    on_dependency_failure VARCHAR(8)   NOT NULL DEFAULT 'fail' CHECK (on_dependency_failure IN ('fail', 'cancel')),
    attempts              INTEGER      NOT NULL DEFAULT 0,
    max_attempts          INTEGER      NOT NULL DEFAULT 3 CHECK (max_attempts BETWEEN 1 AND 100),
    run_at                TIMESTAMPTZ  NOT NULL DEFAULT now(),
    lease_until           TIMESTAMPTZ,
    worker                VARCHAR(128),
    claim_token           UUID,
    cancel_requested      BOOLEAN      NOT NULL DEFAULT FALSE,
    progress              SMALLINT     NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
    phase                 VARCHAR(64),
    message               VARCHAR(500),
    result                JSONB,
    error                 TEXT,
    created_by            UUID,
    schedule_id           UUID,
    idempotency_key       VARCHAR(200),
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    started_at            TIMESTAMPTZ,
    finished_at           TIMESTAMPTZ,
    updated_at            TIMESTAMPTZ  NOT NULL DEFAULT now()
);
-- The claim walks tenants with ready work, then each tenant's best task: both served by this partial index.
CREATE INDEX task_ready_idx ON task (tenant_id, priority, run_at) WHERE status = 'queued';
-- Running tasks: concurrency limits and the lease reaper.
CREATE INDEX task_running_idx ON task (tenant_id, type, lease_until) WHERE status = 'running';
CREATE INDEX task_tenant_created_idx ON task (tenant_id, created_at DESC);
CREATE UNIQUE INDEX task_idempotency_uq ON task (tenant_id, idempotency_key) WHERE idempotency_key IS NOT NULL;

CREATE TABLE task_dependency (
    task_id     UUID NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    depends_on  UUID NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    PRIMARY KEY (task_id, depends_on)
);
CREATE INDEX task_dependency_on_idx ON task_dependency (depends_on);

-- When each tenant last got a worker: the claim serves tenants round-robin at equal priority and load.
CREATE TABLE task_tenant_turn (
    tenant_id      UUID PRIMARY KEY REFERENCES tenant (id) ON DELETE CASCADE,
    last_claim_at  TIMESTAMPTZ NOT NULL
);

-- Claims at most one task for a worker, atomically, in one round trip.
--  * Only types the worker can run (p_types); tasks whose run_at has come.
--  * Fairness: tenants are tried by their best priority, then by how few tasks they already run, then by how long
--    ago they were last served (round-robin), then by age: a tenant with a huge backlog cannot starve a tenant
--    with a single task, even with a single worker.
--  * Limits: p_tenant_limit running tasks per tenant, p_type_limits {"type": n} running tasks per type, both
--    across all replicas. The count is re-checked under a transaction-scoped advisory lock, so two claimers
--    cannot both take the last slot.
CREATE FUNCTION task_claim(p_worker TEXT, p_lease_ms INTEGER, p_types TEXT[], p_tenant_limit INTEGER,
                           p_type_limits JSONB)
    RETURNS SETOF task
    LANGUAGE plpgsql AS
$$
DECLARE
    full_types TEXT[];
    cand       RECORD;
    picked     task;
    n          INTEGER;
BEGIN
    full_types := '{}';
    IF p_type_limits <> '{}' THEN
        SELECT coalesce(array_agg(r.type), '{}') INTO full_types
        FROM (SELECT t.type FROM task t WHERE t.status = 'running' AND p_type_limits ? t.type
              GROUP BY t.type HAVING count(*) >= (p_type_limits ->> t.type)::INTEGER) r;
    END IF;

    FOR cand IN
        WITH RECURSIVE tenants(tenant_id) AS (
            (SELECT t.tenant_id FROM task t WHERE t.status = 'queued' ORDER BY t.tenant_id LIMIT 1)
            UNION ALL
            SELECT (SELECT t.tenant_id FROM task t
                    WHERE t.status = 'queued' AND t.tenant_id > r.tenant_id ORDER BY t.tenant_id LIMIT 1)
            FROM tenants r WHERE r.tenant_id IS NOT NULL),
        busy AS (SELECT t.tenant_id, count(*) AS running FROM task t WHERE t.status = 'running' GROUP BY t.tenant_id)
        SELECT tn.tenant_id, coalesce(b.running, 0) AS running, best.priority, best.run_at, tt.last_claim_at
        FROM tenants tn
        LEFT JOIN busy b ON b.tenant_id = tn.tenant_id
        LEFT JOIN task_tenant_turn tt ON tt.tenant_id = tn.tenant_id
        CROSS JOIN LATERAL (
            SELECT q.priority, q.run_at FROM task q
            WHERE q.tenant_id = tn.tenant_id AND q.status = 'queued' AND q.run_at <= now()
              AND q.type = ANY (p_types) AND NOT q.type = ANY (full_types)
            ORDER BY q.priority, q.run_at LIMIT 1) best
        WHERE tn.tenant_id IS NOT NULL
          AND (p_tenant_limit IS NULL OR coalesce(b.running, 0) < p_tenant_limit)
        ORDER BY best.priority, running, tt.last_claim_at NULLS FIRST, best.run_at
    LOOP
        IF p_tenant_limit IS NOT NULL THEN
            PERFORM pg_advisory_xact_lock(70001, hashtext(cand.tenant_id::TEXT));
            SELECT count(*) INTO n FROM task WHERE status = 'running' AND tenant_id = cand.tenant_id;
            CONTINUE WHEN n >= p_tenant_limit;
        END IF;

        SELECT * INTO picked FROM task q
        WHERE q.tenant_id = cand.tenant_id AND q.status = 'queued' AND q.run_at <= now()
          AND q.type = ANY (p_types) AND NOT q.type = ANY (full_types)
        ORDER BY q.priority, q.run_at
        LIMIT 1 FOR UPDATE SKIP LOCKED;
        CONTINUE WHEN NOT FOUND;

        IF p_type_limits ? picked.type THEN
            PERFORM pg_advisory_xact_lock(70002, hashtext(picked.type));
            SELECT count(*) INTO n FROM task WHERE status = 'running' AND type = picked.type;
            CONTINUE WHEN n >= (p_type_limits ->> picked.type)::INTEGER;
        END IF;

        UPDATE task
        SET status = 'running', attempts = attempts + 1, worker = p_worker, claim_token = gen_random_uuid(),
            lease_until = now() + p_lease_ms * INTERVAL '1 millisecond', cancel_requested = FALSE,
            started_at = coalesce(started_at, now()), updated_at = now()
        WHERE id = picked.id
        RETURNING * INTO picked;
        INSERT INTO task_tenant_turn (tenant_id, last_claim_at) VALUES (picked.tenant_id, clock_timestamp())
        ON CONFLICT (tenant_id) DO UPDATE SET last_claim_at = excluded.last_claim_at;
        RETURN NEXT picked;
        RETURN;
    END LOOP;
END
$$;
-- Plain index scans mark the entries of finished tasks dead as they pass them (bitmap scans never do), so counting
-- running tasks stays cheap between two vacuums of a busy queue.
ALTER FUNCTION task_claim(TEXT, INTEGER, TEXT[], INTEGER, JSONB) SET enable_bitmapscan = off;

-- When a task ends, its waiting dependents move on: queued once all their dependencies succeeded, failed or
-- cancelled (their on_dependency_failure) as soon as one did not. Cascades through the trigger on each dependent.
CREATE FUNCTION task_propagate() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    -- Lock the dependents first: two dependencies finishing at once then see each other's outcome.
    PERFORM 1 FROM task d
    WHERE d.id IN (SELECT td.task_id FROM task_dependency td WHERE td.depends_on = NEW.id) AND d.status = 'waiting'
    ORDER BY d.id FOR UPDATE;

    IF NEW.status = 'succeeded' THEN
        UPDATE task d SET status = 'queued', run_at = now(), updated_at = now()
        WHERE d.id IN (SELECT td.task_id FROM task_dependency td WHERE td.depends_on = NEW.id)
          AND d.status = 'waiting'
          AND NOT EXISTS (SELECT 1 FROM task_dependency x JOIN task p ON p.id = x.depends_on
                          WHERE x.task_id = d.id AND p.status <> 'succeeded');
    ELSE
        UPDATE task d
        SET status = CASE d.on_dependency_failure WHEN 'cancel' THEN 'cancelled' ELSE 'failed' END,
            error = format('dependency %s %s', NEW.id, NEW.status), finished_at = now(), updated_at = now()
        WHERE d.id IN (SELECT td.task_id FROM task_dependency td WHERE td.depends_on = NEW.id)
          AND d.status = 'waiting';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER task_propagate
    AFTER UPDATE OF status ON task
    FOR EACH ROW
    WHEN (NEW.status IN ('succeeded', 'failed', 'cancelled') AND OLD.status IS DISTINCT FROM NEW.status)
EXECUTE FUNCTION task_propagate();

-- Every visible change is announced on the channel aicoder_task_events, so that WebSocket clients connected to
-- any replica see the progress of a task running on another one.
CREATE FUNCTION task_notify() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('aicoder_task_events', json_build_object(
        'id', NEW.id, 'tenant_id', NEW.tenant_id, 'type', NEW.type, 'status', NEW.status,
        'status_changed', TG_OP = 'INSERT' OR OLD.status IS DISTINCT FROM NEW.status,
        'progress', NEW.progress, 'phase', NEW.phase, 'message', left(NEW.message, 300),
        'attempts', NEW.attempts, 'cancel_requested', NEW.cancel_requested, 'error', left(NEW.error, 500),
        'at', now())::TEXT);
    RETURN NULL;
END
$$;

CREATE TRIGGER task_notify_insert AFTER INSERT ON task FOR EACH ROW EXECUTE FUNCTION task_notify();
CREATE TRIGGER task_notify_update
    AFTER UPDATE ON task
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.progress IS DISTINCT FROM NEW.progress
        OR OLD.phase IS DISTINCT FROM NEW.phase OR OLD.message IS DISTINCT FROM NEW.message
        OR OLD.cancel_requested IS DISTINCT FROM NEW.cancel_requested)
EXECUTE FUNCTION task_notify();
