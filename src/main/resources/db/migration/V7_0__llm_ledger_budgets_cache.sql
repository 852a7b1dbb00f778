-- LLM manager (issue 5): usage and cost ledger, budgets with atomic reservations, response cache.

-- One row per provider attempt (failed ones too) or cache hit. Costs in USD.
CREATE TABLE llm_usage (
    id                BIGSERIAL PRIMARY KEY,
    tenant_id         UUID         NOT NULL,
    user_id           UUID,
    repository        VARCHAR(300) NOT NULL DEFAULT '',
    task              VARCHAR(40)  NOT NULL,
    provider          VARCHAR(60)  NOT NULL,
    model             VARCHAR(120) NOT NULL,
    prompt_tokens     INTEGER      NOT NULL DEFAULT 0,
    completion_tokens INTEGER      NOT NULL DEFAULT 0,
    cost_usd          NUMERIC(18, 8) NOT NULL DEFAULT 0,
    latency_ms        INTEGER      NOT NULL DEFAULT 0,
    outcome           VARCHAR(40)  NOT NULL,
    error             VARCHAR(300),
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX llm_usage_tenant_time_idx ON llm_usage (tenant_id, created_at);

-- Limits: scope 'tenant' (repository = '') or 'repository'; period 'daily' or 'monthly'.
CREATE TABLE llm_budget (
    tenant_id  UUID           NOT NULL,
    repository VARCHAR(300)   NOT NULL DEFAULT '',
    period     VARCHAR(10)    NOT NULL CHECK (period IN ('daily', 'monthly')),
    limit_usd  NUMERIC(18, 8) NOT NULL CHECK (limit_usd >= 0),
    updated_at TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, repository, period)
);

-- Spending per budget and period window: reserved (estimates of calls in flight) plus settled (actual cost).
-- A call reserves its estimate with one conditional UPDATE per budget, so concurrent calls cannot overshoot.
CREATE TABLE llm_spend (
    tenant_id    UUID           NOT NULL,
    repository   VARCHAR(300)   NOT NULL DEFAULT '',
    period       VARCHAR(10)    NOT NULL,
    period_start DATE           NOT NULL,
    amount_usd   NUMERIC(18, 8) NOT NULL DEFAULT 0,
    PRIMARY KEY (tenant_id, repository, period, period_start)
);

-- Validated model answers by SHA-256 of (model, prompt messages, response format), per tenant.
CREATE TABLE llm_cache (
    tenant_id         UUID        NOT NULL,
    key               CHAR(64)    NOT NULL,
    model             VARCHAR(120) NOT NULL,
    response          TEXT        NOT NULL,
    prompt_tokens     INTEGER     NOT NULL,
    completion_tokens INTEGER     NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (tenant_id, key)
);
