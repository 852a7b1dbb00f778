package dev.aicoder.llm;

import java.util.List;

/**
 * No model could answer: none is configured for the tenant (rules-only mode), or every one failed. The message
 * names models and outcomes only.
 */
public class NoModelAvailableException extends RuntimeException {

    private final transient List<AiAnswer.Attempt> attempts;

    public NoModelAvailableException(String message, List<AiAnswer.Attempt> attempts) {
        super(message, null, false, false);
        this.attempts = List.copyOf(attempts);
    }

    public List<AiAnswer.Attempt> attempts() {
        return attempts;
    }

    public boolean rulesOnly() {
        return attempts.isEmpty();
    }
}
