package dev.aicoder.llm;

import java.util.List;

/** A validated answer, the model that gave it, and every attempt made on the way (failed ones included). */
public record AiAnswer<T>(T value, String model, String provider, boolean cached, List<Attempt> attempts) {

    /** One try of one model: {@code outcome} as in the ledger. */
    public record Attempt(String model, String outcome) {
    }
}
