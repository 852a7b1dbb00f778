package dev.aicoder.llm;

import java.math.BigDecimal;
import java.util.Set;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;

/**
 * One model for one call: answers from the response cache when it can, otherwise reserves the estimated cost
 * against the budgets, calls the provider, settles the actual cost and writes the ledger. A successful answer is
 * held as {@link #pending()} until the router has validated it: only then is it cached.
 */
final class MeteredChatModel implements ChatModel {

    /** A provider answer (or cache hit) that has not been validated yet. */
    record Pending(String cacheKey, String text, int promptTokens, int completionTokens, BigDecimal cost,
            long latencyMs, boolean cached) {
    }

    private final ChatModel delegate;
    private final ModelSpec spec;
    private final CallContext ctx;
    private final LlmServices services;
    private volatile Pending pending;

    MeteredChatModel(ChatModel delegate, ModelSpec spec, CallContext ctx, LlmServices services) {
        this.delegate = delegate;
        this.spec = spec;
        this.ctx = ctx;
        this.services = services;
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        pending = null;
        String key = ResponseCache.key(spec, request);
        var hit = services.cache().get(ctx.tenantId(), key);
        if (hit.isPresent()) {
            pending = new Pending(key, hit.get().response(), 0, 0, BigDecimal.ZERO, 0, true);
            return ChatResponse.builder().aiMessage(AiMessage.from(hit.get().response()))
                    .tokenUsage(new TokenUsage(0, 0)).modelName(spec.name()).build();
        }
        int estimatedPrompt = estimateTokens(request);
        Budgets.Reservation reservation;
        try {
            reservation = services.budgets().reserve(ctx, spec.cost(estimatedPrompt, spec.maxOutputTokens()));
        } catch (BudgetExceededException e) {
            record(0, 0, BigDecimal.ZERO, 0, "budget_exceeded", e.getMessage());
            throw e;
        }
        long start = System.nanoTime();
        ChatResponse response;
        try {
            response = delegate.chat(request);
        } catch (RuntimeException e) {
            long ms = (System.nanoTime() - start) / 1_000_000;
            services.budgets().settle(reservation, BigDecimal.ZERO);
            String what = Failures.describe(e);
            record(0, 0, BigDecimal.ZERO, ms, Failures.classify(e).outcome, what);
            services.health().failure(ctx.tenantId(), spec.provider(), what);
            throw e;
        }
        long ms = (System.nanoTime() - start) / 1_000_000;
        TokenUsage usage = response.tokenUsage();
        int in = usage == null || usage.inputTokenCount() == null ? estimatedPrompt : usage.inputTokenCount();
        int out = usage == null || usage.outputTokenCount() == null ? 0 : usage.outputTokenCount();
        BigDecimal cost = spec.cost(in, out);
        services.budgets().settle(reservation, cost);
        services.health().success(ctx.tenantId(), spec.provider(), ms);
        String text = response.aiMessage() == null || response.aiMessage().text() == null ? ""
                : response.aiMessage().text();
        pending = new Pending(key, text, in, out, cost, ms, false);
        return response;
    }

    Pending pending() {
        return pending;
    }

    /** The answer was valid (as given, or as {@code text} after repair): ledger it and cache it. */
    void accept(String text) {
        Pending p = pending;
        if (p == null) {
            return;
        }
        if (p.cached()) {
            record(0, 0, BigDecimal.ZERO, 0, "cached", null);
        } else {
            record(p.promptTokens(), p.completionTokens(), p.cost(), p.latencyMs(), "ok", null);
            services.cache().put(ctx.tenantId(), p.cacheKey(), spec, text, p.promptTokens(), p.completionTokens());
        }
    }

    /** The answer could not be used: it was paid for, so it is ledgered, but not cached. */
    void reject(String reason) {
        Pending p = pending;
        if (p != null) {
            record(p.promptTokens(), p.completionTokens(), p.cost(), p.latencyMs(), "invalid_output", reason);
        }
        pending = null;
    }

    private void record(int in, int out, BigDecimal cost, long ms, String outcome, String error) {
        services.ledger().record(new UsageLedger.Entry(ctx, spec, in, out, cost, ms, outcome, error));
    }

    /** Conservative: about three characters per token (code tokenises worse than prose), plus message overhead. */
    static int estimateTokens(ChatRequest request) {
        long chars = 0;
        for (ChatMessage m : request.messages()) {
            chars += m.toString().length() + 16;
        }
        return (int) Math.min(Integer.MAX_VALUE, chars / 3 + 1);
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }
}
