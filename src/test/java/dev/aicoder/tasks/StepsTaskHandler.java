package dev.aicoder.tasks;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code test.steps}: reports {@code steps} progress steps {@code delay_ms} apart; stops when cancelled. */
@ApplicationScoped
public class StepsTaskHandler implements TaskHandler {

    @Override
    public String type() {
        return "test.steps";
    }

    @Override
    public void validate(JsonNode payload) {
        if (payload.path("steps").asInt(0) < 1) {
            throw new IllegalArgumentException("steps must be a positive number");
        }
    }

    @Override
    public Object run(TaskContext ctx) throws Exception {
        int steps = ctx.payload().get("steps").asInt();
        long delay = ctx.payload().path("delay_ms").asLong(10);
        for (int i = 1; i <= steps; i++) {
            Thread.sleep(delay);
            ctx.progress(100 * i / steps, i < steps ? "working" : "done", "step " + i + " of " + steps);
        }
        return Map.of("steps", steps);
    }
}
