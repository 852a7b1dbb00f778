package dev.aicoder.monitor;

import java.util.Collection;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.Search;

/**
 * Reads values out of the Micrometer registry by meter name, whoever registered them: the JVM and system binders,
 * Quarkus, this application's capabilities. Absent meters read as {@code null}, so a summary can say "not
 * measured" instead of a misleading zero.
 */
public final class RegistryReader {

    private final MeterRegistry registry;

    public RegistryReader(MeterRegistry registry) {
        this.registry = registry;
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Sum of the gauges with this name and tags ({@code key, value, ...}); null when none. */
    public Double gauge(String name, String... tags) {
        Collection<Gauge> gauges = find(name, tags).gauges();
        Collection<TimeGauge> timeGauges = find(name, tags).timeGauges();
        if (gauges.isEmpty() && timeGauges.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (Gauge g : gauges) {
            sum += positive(g.value());
        }
        for (TimeGauge g : timeGauges) {
            sum += positive(g.value(TimeUnit.SECONDS));
        }
        return sum;
    }

    /** Sum of the counters (and function counters) with this name and tags; null when none. */
    public Double counter(String name, String... tags) {
        Collection<Counter> counters = find(name, tags).counters();
        Collection<FunctionCounter> functions = find(name, tags).functionCounters();
        if (counters.isEmpty() && functions.isEmpty()) {
            return null;
        }
        return counters.stream().mapToDouble(Counter::count).sum()
                + functions.stream().mapToDouble(FunctionCounter::count).sum();
    }

    public Collection<Timer> timers(String name, String... tags) {
        return find(name, tags).timers();
    }

    private Search find(String name, String... tags) {
        return registry.find(name).tags(tags);
    }

    private static double positive(double value) {
        return Double.isNaN(value) || value < 0 ? 0 : value;
    }
}
