package dev.aicoder.llm;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Bodies of the models, providers, usage and budgets API. */
public final class LlmViews {

    private LlmViews() {
    }

    /** A configured model; {@code available} when the caller's tenant has its provider configured. */
    public record ModelView(String id, String provider, String name, BigDecimal inputPricePerMtok,
            BigDecimal outputPricePerMtok, int contextTokens, int maxOutputTokens, boolean available,
            List<String> tasks) {
    }

    /** A provider for the caller's tenant: never the key, nor an Ollama base URL stored as one. */
    public record ProviderView(String name, String type, boolean configured, Boolean healthy, Long latencyMs,
            String lastError, Instant checkedAt, List<String> models) {
    }

    public record ModelsResponse(String mode, List<ModelView> models) {
    }

    public record ProvidersResponse(String mode, List<ProviderView> providers) {
    }

    public record UsageResponse(String groupBy, String from, String to, List<UsageLedger.UsageRow> rows) {
    }

    /** PUT /budgets: an empty or absent repository is the tenant's own budget. */
    public record BudgetRequest(@Size(max = 300) String repository,
            @NotNull @Pattern(regexp = "daily|monthly") String period, @NotNull BigDecimal limitUsd) {
    }

    public record BudgetsResponse(List<Budgets.Budget> budgets) {
    }
}
