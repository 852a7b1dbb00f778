package dev.aicoder.tasks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** The registered {@link TaskHandler}s by type; a duplicate or malformed type stops the application at start. */
public final class TaskHandlers {

    static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

    private final Map<String, TaskHandler> byType;

    private TaskHandlers(Map<String, TaskHandler> byType) {
        this.byType = byType;
    }

    public static TaskHandlers of(Iterable<? extends TaskHandler> handlers) {
        Map<String, TaskHandler> byType = new TreeMap<>();
        for (TaskHandler handler : handlers) {
            String type = handler.type();
            if (type == null || !TYPE.matcher(type).matches()) {
                throw new IllegalStateException("Task handler " + handler.getClass().getName()
                        + " has an invalid type '" + type + "' (expected " + TYPE.pattern() + ")");
            }
            TaskHandler previous = byType.putIfAbsent(type, handler);
            if (previous != null) {
                throw new IllegalStateException("Task type '" + type + "' is handled by both "
                        + previous.getClass().getName() + " and " + handler.getClass().getName());
            }
        }
        return new TaskHandlers(byType);
    }

    public Optional<TaskHandler> find(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public List<String> types() {
        return new ArrayList<>(byType.keySet());
    }

    /** Per-type limits: the handlers' own, overridden by configuration. */
    public Map<String, Integer> typeLimits(Map<String, Integer> configured) {
        Map<String, Integer> limits = new HashMap<>();
        byType.forEach((type, handler) -> handler.maxConcurrency().ifPresent(n -> limits.put(type, n)));
        limits.putAll(configured);
        return limits;
    }
}
