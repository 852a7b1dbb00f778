package dev.aicoder.llm;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** LLM manager settings ({@code aicoder.llm.*}); see docs/llm-and-review.md. */
@ConfigMapping(prefix = "aicoder.llm")
public interface LlmConfig {

    /** Provider settings by provider name (the names that may hold a key, {@code aicoder.providers.names}). */
    Map<String, ProviderSettings> providers();

    /** Models by id: provider, provider-side name, price per million tokens and context size. */
    Map<String, ModelSettings> models();

    /** Per task ({@code review}, {@code explain}, {@code docs}, {@code refactor}, {@code fix}): model ids in order. */
    Map<String, List<String>> routing();

    /** Read timeout of one provider call. */
    @WithDefault("PT60S")
    Duration timeout();

    /** Retries of one model after a timeout or 5xx, before the next model is tried; 429 is never retried. */
    @WithDefault("1")
    int retries();

    /** First retry delay; doubles per retry. */
    @WithDefault("PT0.5S")
    Duration retryDelay();

    /** How long a model that answered 429 is skipped when the answer had no Retry-After. */
    @WithDefault("PT30S")
    Duration rateLimitCooldown();

    /**
     * A 429 whose Retry-After is at most this long is waited out and the same model asked once more; longer (or
     * absent) ones fail over at once. The default 0 always fails over.
     */
    @WithDefault("PT0S")
    Duration maxRetryAfterWait();

    /** How long a provider key read from the secret store is reused before it is read again. */
    @WithDefault("PT60S")
    Duration keyCacheTtl();

    /** Interval of the health probe of the providers in use (a free model-list request, no tokens). */
    @WithDefault("5m")
    String healthInterval();

    /** Circuit breaker per model: opens after this many failures among the last {@code window} calls... */
    @WithDefault("4")
    int circuitBreakerWindow();

    @WithDefault("0.75")
    double circuitBreakerFailureRatio();

    /** ...and stays open this long. */
    @WithDefault("PT30S")
    Duration circuitBreakerDelay();

    /** Input tokens of one chunk sent for review (code plus static findings; the prompt adds about 600). */
    @WithDefault("4000")
    int chunkTokens();

    interface ProviderSettings {
        /** {@code openai}, {@code anthropic}, {@code gemini} or {@code ollama}; defaults to the provider name. */
        Optional<String> type();

        /** API base URL; set it for an OpenAI-compatible server or a local test server. */
        Optional<String> baseUrl();
    }

    interface ModelSettings {
        String provider();

        /** Name the provider knows the model by; defaults to the model id. */
        Optional<String> name();

        /** USD per million input tokens. */
        @WithDefault("0")
        BigDecimal inputPrice();

        /** USD per million output tokens. */
        @WithDefault("0")
        BigDecimal outputPrice();

        @WithDefault("8192")
        int contextTokens();

        /** Upper bound of output tokens requested per call (also what a budget reservation assumes). */
        @WithDefault("2048")
        int maxOutputTokens();
    }
}
