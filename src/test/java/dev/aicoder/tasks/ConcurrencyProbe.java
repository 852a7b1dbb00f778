package dev.aicoder.tasks;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts how many runs are in flight per key (tenant, type, task id) and the highest count seen. */
final class ConcurrencyProbe {

    private final Map<Object, AtomicInteger> now = new ConcurrentHashMap<>();
    private final Map<Object, Integer> max = new ConcurrentHashMap<>();
    final Set<Object> overlaps = ConcurrentHashMap.newKeySet();

    void enter(Object key) {
        int n = now.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        max.merge(key, n, Math::max);
    }

    void leave(Object key) {
        now.get(key).decrementAndGet();
    }

    /** Marks the key if it is already in flight (used with a task id: a task run twice at the same time). */
    void enterExclusive(Object key) {
        enter(key);
        if (now.get(key).get() > 1) {
            overlaps.add(key);
        }
    }

    int max(Object key) {
        return max.getOrDefault(key, 0);
    }
}
