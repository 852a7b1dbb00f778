package dev.aicoder.llm;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import dev.langchain4j.model.chat.ChatModel;
import io.smallrye.faulttolerance.api.Guard;

/**
 * Runs one AI call over the task's models in order. Per model: a circuit breaker and retries with exponential
 * backoff for timeouts and 5xx; a 429 is not retried but fails over at once (the model is then skipped for its
 * Retry-After); an answer that does not parse is repaired if it can be, else asked for once more, then the next
 * model is tried. Every attempt is in the ledger.
 */
@ApplicationScoped
public class LlmRouter {

    private static final Logger LOG = Logger.getLogger(LlmRouter.class);
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.ALLOW_COMMENTS).build();

    private final ModelCatalog catalog;
    private final ModelClients clients;
    private final LlmServices services;
    private final LlmConfig config;
    private final Map<String, Guard> guards = new ConcurrentHashMap<>();

    public LlmRouter(ModelCatalog catalog, ModelClients clients, LlmServices services, LlmConfig config) {
        this.catalog = catalog;
        this.clients = clients;
        this.services = services;
        this.config = config;
    }

    /** Whether any model of the task can be called for the tenant; false means rules-only mode. Blocking. */
    public boolean available(UUID tenantId, String task) {
        return catalog.route(task).stream().anyMatch(m -> clients.configured(tenantId, m.provider()));
    }

    /**
     * Calls {@code invocation} (typically an AI service method) with each model in turn until one gives a valid
     * {@code type}. Blocking. Throws {@link BudgetExceededException} without trying further models, and
     * {@link NoModelAvailableException} when no model is configured or all failed.
     */
    public <T> AiAnswer<T> call(CallContext ctx, Class<T> type, Function<ChatModel, T> invocation, Predicate<T> valid) {
        List<AiAnswer.Attempt> attempts = new ArrayList<>();
        boolean anyConfigured = false;
        for (ModelSpec spec : catalog.route(ctx.task())) {
            Optional<ChatModel> client = clients.client(ctx.tenantId(), spec);
            if (client.isEmpty()) {
                continue;
            }
            anyConfigured = true;
            if (services.health().isRateLimited(ctx.tenantId(), spec.id())) {
                attempts.add(new AiAnswer.Attempt(spec.id(), "skipped_rate_limited"));
                continue;
            }
            MeteredChatModel metered = new MeteredChatModel(client.get(), spec, ctx, services);
            Optional<AiAnswer<T>> answer = tryModel(ctx, spec, metered, type, invocation, valid, attempts);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        if (!anyConfigured) {
            throw new NoModelAvailableException("No LLM provider is configured: rules-only mode", List.of());
        }
        throw new NoModelAvailableException("Every model failed: " + attempts, attempts);
    }

    private <T> Optional<AiAnswer<T>> tryModel(CallContext ctx, ModelSpec spec, MeteredChatModel metered,
            Class<T> type, Function<ChatModel, T> invocation, Predicate<T> valid, List<AiAnswer.Attempt> attempts) {
        Guard guard = guard(ctx.tenantId(), spec);
        for (int round = 0; round < 2; round++) {
            T value;
            try {
                value = guard.call(() -> invocation.apply(metered), type);
            } catch (BudgetExceededException e) {
                throw e;
            } catch (CircuitBreakerOpenException e) {
                attempts.add(new AiAnswer.Attempt(spec.id(), "circuit_open"));
                return Optional.empty();
            } catch (Exception e) {
                MeteredChatModel.Pending pending = metered.pending();
                if (pending == null) {
                    Failures.Kind kind = Failures.classify(e);
                    attempts.add(new AiAnswer.Attempt(spec.id(), kind.outcome));
                    if (kind == Failures.Kind.RATE_LIMITED) {
                        var retryAfter = Failures.retryAfter(e);
                        if (round == 0 && retryAfter.isPresent()
                                && retryAfter.get().compareTo(config.maxRetryAfterWait()) <= 0) {
                            sleep(retryAfter.get());
                            continue;
                        }
                        services.health().rateLimited(ctx.tenantId(), spec.id(),
                                retryAfter.orElse(config.rateLimitCooldown()));
                    }
                    if (kind == Failures.Kind.OTHER && !(e instanceof dev.langchain4j.exception.LangChain4jException)) {
                        LOG.warnf(e, "model %s failed for task %s", spec.id(), ctx.task());
                    } else {
                        LOG.debugf("model %s failed for task %s: %s", spec.id(), ctx.task(), Failures.describe(e));
                    }
                    return Optional.empty();
                }
                Optional<T> repaired = repair(pending.text(), type).filter(valid);
                if (repaired.isPresent()) {
                    metered.accept(write(repaired.get()));
                    attempts.add(new AiAnswer.Attempt(spec.id(), "repaired"));
                    return Optional.of(new AiAnswer<>(repaired.get(), spec.id(), spec.provider(), false, attempts));
                }
                metered.reject("unparseable output");
                attempts.add(new AiAnswer.Attempt(spec.id(), "invalid_output"));
                continue;
            }
            MeteredChatModel.Pending pending = metered.pending();
            if (value == null || !valid.test(value)) {
                metered.reject("output failed validation");
                attempts.add(new AiAnswer.Attempt(spec.id(), "invalid_output"));
                continue;
            }
            boolean cached = pending != null && pending.cached();
            metered.accept(pending == null ? write(value) : pending.text());
            attempts.add(new AiAnswer.Attempt(spec.id(), cached ? "cached" : "ok"));
            return Optional.of(new AiAnswer<>(value, spec.id(), spec.provider(), cached, attempts));
        }
        return Optional.empty();
    }

    private Guard guard(UUID tenantId, ModelSpec spec) {
        return guards.computeIfAbsent(tenantId + "/" + spec.id(), k -> Guard.create()
                .withDescription("llm " + spec.id())
                .withCircuitBreaker().requestVolumeThreshold(config.circuitBreakerWindow())
                .failureRatio(config.circuitBreakerFailureRatio())
                .delay(config.circuitBreakerDelay().toMillis(), ChronoUnit.MILLIS)
                .when(Failures::retriable).done()
                .withRetry().maxRetries(config.retries())
                .delay(config.retryDelay().toMillis(), ChronoUnit.MILLIS)
                .whenException(Failures::retriable)
                .withExponentialBackoff().done().done()
                .build());
    }

    private static void sleep(java.time.Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Models often wrap JSON in prose or fences, or leave a trailing comma: take the outermost object. */
    static <T> Optional<T> repair(String text, Class<T> type) {
        if (text == null) {
            return Optional.empty();
        }
        int start = text.indexOf('{');
        int end = text.lastIndexOf('}');
        if (start < 0 || end <= start) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(LENIENT.readValue(text.substring(start, end + 1), type));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static String write(Object value) {
        try {
            return LENIENT.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
