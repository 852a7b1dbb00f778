package dev.aicoder.llm;

import java.util.UUID;

import dev.aicoder.platform.security.Caller;

/** Who an LLM call is for: ledger rows and budgets are keyed by these. {@code repository} may be empty. */
public record CallContext(UUID tenantId, UUID userId, String repository, String task) {

    public CallContext {
        repository = repository == null ? "" : repository;
    }

    public static CallContext of(Caller caller, String repository, String task) {
        return new CallContext(caller.tenantId(), caller.userId(), repository, task);
    }

    public CallContext withTask(String value) {
        return new CallContext(tenantId, userId, repository, value);
    }
}
