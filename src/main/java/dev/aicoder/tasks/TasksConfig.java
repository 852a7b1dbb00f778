package dev.aicoder.tasks;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Task queue, workers and schedules ({@code aicoder.tasks.*}). */
@ConfigMapping(prefix = "aicoder.tasks")
public interface TasksConfig {

    /**
     * Whether this process runs the background side at all: workers, the event listener, schedules and queue
     * sampling. Turn off where the application runs without a long-lived server (CLI, serverless functions); the API
     * can still enqueue.
     */
    @WithDefault("true")
    boolean enabled();

    /** Tasks this replica runs at once (worker threads); 0 makes the replica enqueue-only. */
    @WithDefault("4")
    int workerThreads();

    /** Name of this replica in the task's {@code worker} column; defaults to host name and process id. */
    Optional<String> workerName();

    /** How long a claim holds a task without a heartbeat; after that another worker may take it. */
    @WithDefault("PT60S")
    Duration lease();

    /** How often running tasks' leases are extended; must be well below {@link #lease()}. */
    @WithDefault("PT15S")
    Duration heartbeatInterval();

    /** How often an idle worker looks for work (new tasks also wake workers at once via NOTIFY). */
    @WithDefault("PT2S")
    Duration pollInterval();

    /** How often expired leases are looked for. */
    @WithDefault("PT10S")
    Duration reapInterval();

    /** Attempts before a task fails for good, unless its handler or request says otherwise. */
    @WithDefault("3")
    int maxAttempts();

    /** Delay before the first retry; doubles with each attempt. */
    @WithDefault("PT5S")
    Duration backoffInitial();

    /** Longest delay between two attempts. */
    @WithDefault("PT10M")
    Duration backoffMax();

    /** Least time between two stored progress updates of one task. */
    @WithDefault("PT0.25S")
    Duration progressInterval();

    /** Largest payload a task may carry, in bytes of JSON. */
    @WithDefault("262144")
    int maxPayloadBytes();

    /** How long shutdown waits for running tasks before leaving them to lease expiry. */
    @WithDefault("PT20S")
    Duration shutdownGrace();

    Limits limits();

    Schedules schedules();

    /** Concurrency limits, counted across all replicas. */
    interface Limits {
        /** Running tasks per tenant, so one tenant cannot take every worker. */
        OptionalInt perTenant();

        /** Running tasks per task type, e.g. {@code aicoder.tasks.limits.per-type.scan=4}; overrides handlers. */
        Map<String, Integer> perType();
    }

    /** Cron schedules. */
    interface Schedules {
        /** Whether this replica fires due schedules (any number of replicas may; each due time fires once). */
        @WithDefault("true")
        boolean enabled();

        /** How often due schedules are looked for; also the worst-case delay of a firing. */
        @WithDefault("PT15S")
        Duration pollInterval();
    }
}
