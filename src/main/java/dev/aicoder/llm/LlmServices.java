package dev.aicoder.llm;

import jakarta.enterprise.context.ApplicationScoped;

/** The stores every metered call writes to, bundled so a per-call model needs one reference. */
@ApplicationScoped
public class LlmServices {

    private final UsageLedger ledger;
    private final Budgets budgets;
    private final ResponseCache cache;
    private final ProviderHealth health;

    public LlmServices(UsageLedger ledger, Budgets budgets, ResponseCache cache, ProviderHealth health) {
        this.ledger = ledger;
        this.budgets = budgets;
        this.cache = cache;
        this.health = health;
    }

    UsageLedger ledger() {
        return ledger;
    }

    Budgets budgets() {
        return budgets;
    }

    ResponseCache cache() {
        return cache;
    }

    ProviderHealth health() {
        return health;
    }
}
