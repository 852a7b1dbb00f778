package dev.aicoder.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import dev.aicoder.secrets.ProvidersConfig;

/** What the models and providers endpoints show for one tenant. */
@ApplicationScoped
public class LlmStatus {

    static final List<String> TASKS = List.of("review", "explain", "docs", "refactor", "fix");

    private final ModelCatalog catalog;
    private final ModelClients clients;
    private final ProviderHealth health;
    private final ProvidersConfig providers;

    public LlmStatus(ModelCatalog catalog, ModelClients clients, ProviderHealth health, ProvidersConfig providers) {
        this.catalog = catalog;
        this.clients = clients;
        this.health = health;
        this.providers = providers;
    }

    LlmViews.ModelsResponse models(UUID tenantId) {
        Map<String, Boolean> configured = configured(tenantId);
        List<LlmViews.ModelView> out = new ArrayList<>();
        for (ModelSpec m : catalog.all()) {
            List<String> tasks = TASKS.stream().filter(t -> catalog.route(t).contains(m)).toList();
            out.add(new LlmViews.ModelView(m.id(), m.provider(), m.name(), m.inputPrice(), m.outputPrice(),
                    m.contextTokens(), m.maxOutputTokens(), configured.getOrDefault(m.provider(), false), tasks));
        }
        return new LlmViews.ModelsResponse(mode(configured), out);
    }

    LlmViews.ProvidersResponse providers(UUID tenantId) {
        Map<String, Boolean> configured = configured(tenantId);
        List<LlmViews.ProviderView> out = new ArrayList<>();
        configured.forEach((name, on) -> {
            var state = health.state(tenantId, name);
            List<String> models = catalog.all().stream().filter(m -> m.provider().equals(name)).map(ModelSpec::id)
                    .toList();
            out.add(new LlmViews.ProviderView(name, catalog.providerType(name), on,
                    state.map(ProviderHealth.State::healthy).orElse(null),
                    state.map(ProviderHealth.State::latencyMs).orElse(null),
                    state.map(ProviderHealth.State::lastError).orElse(null),
                    state.map(ProviderHealth.State::checkedAt).orElse(null), models));
        });
        return new LlmViews.ProvidersResponse(mode(configured), out);
    }

    private Map<String, Boolean> configured(UUID tenantId) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        providers.names().stream().sorted().forEach(p -> out.put(p, clients.configured(tenantId, p)));
        return out;
    }

    static String mode(Map<String, Boolean> configured) {
        return configured.containsValue(true) ? "ai" : "rules-only";
    }
}
