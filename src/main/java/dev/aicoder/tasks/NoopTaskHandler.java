package dev.aicoder.tasks;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * {@code system.noop}: does nothing and succeeds. Checks that workers run (submit one and watch it finish) and is
 * what the queue benchmark measures, so the figures are the queue's own cost.
 */
@ApplicationScoped
public class NoopTaskHandler implements TaskHandler {

    public static final String TYPE = "system.noop";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Object run(TaskContext context) {
        return Map.of("attempt", context.attempt());
    }
}
