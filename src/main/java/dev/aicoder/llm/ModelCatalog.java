package dev.aicoder.llm;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.aicoder.secrets.ProvidersConfig;

/** The configured models and the routing table; checked once at start-up. */
@ApplicationScoped
public class ModelCatalog {

    static final Set<String> TYPES = Set.of("openai", "anthropic", "gemini", "ollama");
    static final String DEFAULT_ROUTE = "default";

    private final Map<String, ModelSpec> models = new LinkedHashMap<>();
    private final Map<String, List<String>> routing;
    private final LlmConfig config;

    public ModelCatalog(LlmConfig config, ProvidersConfig providers) {
        this.config = config;
        config.models().forEach((id, m) -> {
            if (!providers.names().contains(m.provider())) {
                throw new IllegalStateException("aicoder.llm.models." + id + ".provider: unknown provider '"
                        + m.provider() + "' (add it to aicoder.providers.names)");
            }
            models.put(id, new ModelSpec(id, m.provider(), providerType(m.provider()), m.name().orElse(id),
                    m.inputPrice(), m.outputPrice(), m.contextTokens(), m.maxOutputTokens()));
        });
        routing = Map.copyOf(config.routing());
        routing.forEach((task, ids) -> ids.forEach(id -> {
            if (!models.containsKey(id)) {
                throw new IllegalStateException("aicoder.llm.routing." + task + ": unknown model '" + id + "'");
            }
        }));
    }

    public Collection<ModelSpec> all() {
        return models.values();
    }

    public Optional<ModelSpec> find(String id) {
        return Optional.ofNullable(models.get(id));
    }

    /** The models of a task in order of preference; the {@code default} route, else every model. */
    public List<ModelSpec> route(String task) {
        List<String> ids = routing.getOrDefault(task, routing.get(DEFAULT_ROUTE));
        if (ids == null) {
            return new ArrayList<>(models.values());
        }
        return ids.stream().map(models::get).toList();
    }

    /** Provider type ({@code openai} for any OpenAI-compatible provider name configured so). */
    public String providerType(String provider) {
        LlmConfig.ProviderSettings s = config.providers().get(provider);
        String type = s == null ? provider : s.type().orElse(provider);
        if (!TYPES.contains(type)) {
            throw new IllegalStateException("aicoder.llm.providers." + provider + ".type must be one of " + TYPES);
        }
        return type;
    }

    public Optional<String> baseUrl(String provider) {
        LlmConfig.ProviderSettings s = config.providers().get(provider);
        return s == null ? Optional.empty() : s.baseUrl().filter(u -> !u.isBlank());
    }
}
