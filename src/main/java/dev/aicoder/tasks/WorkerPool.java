package dev.aicoder.tasks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * A replica's workers: {@code workerThreads} threads that each claim one task at a time and run it. Idle threads
 * poll every {@code pollInterval} and are woken at once by {@link #wake()} (called when a task is queued). Survives
 * database outages: failed claims back off and retry, so workers carry on once PostgreSQL is back.
 */
public final class WorkerPool implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WorkerPool.class);
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    private final TaskStore store;
    private final TaskHandlers handlers;
    private final QueueSettings settings;
    private final ObjectMapper mapper;
    private final LeaseKeeper leases;
    private final TaskExecutor executor;
    private final Timer claimed;
    private final Timer empty;
    private final DbOutage outage = new DbOutage("Task worker");
    private final Object idle = new Object();
    private final List<Thread> threads = new ArrayList<>();
    private final Map<String, Integer> typeLimits;
    private final List<String> types;
    private volatile boolean stopping;
    private boolean wakeUp;

    public WorkerPool(TaskStore store, TaskHandlers handlers, QueueSettings settings, ObjectMapper mapper,
            MeterRegistry registry) {
        this.store = store;
        this.handlers = handlers;
        this.settings = settings;
        this.mapper = mapper;
        this.leases = new LeaseKeeper(store, settings, settings.workerName());
        this.executor = new TaskExecutor(store, handlers, settings, mapper, registry);
        this.typeLimits = handlers.typeLimits(settings.typeLimits());
        this.types = handlers.types();
        this.claimed = claimTimer(registry, "claimed");
        this.empty = claimTimer(registry, "empty");
        registry.gauge("aicoder.tasks.active", leases, LeaseKeeper::size);
    }

    private static Timer claimTimer(MeterRegistry registry, String result) {
        return Timer.builder("aicoder.tasks.claim").description("Round trip of one claim query")
                .tag("result", result).publishPercentiles(0.5, 0.95, 0.99).register(registry);
    }

    public synchronized void start() {
        if (!threads.isEmpty() || settings.workerThreads() == 0 || types.isEmpty()) {
            return;
        }
        leases.start();
        for (int i = 0; i < settings.workerThreads(); i++) {
            String name = settings.workerName() + "/" + i;
            Thread thread = new Thread(() -> loop(name), "aicoder-task-" + name);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        LOG.infof("Task workers started: %d thread(s) as %s for types %s, limits per tenant %s, per type %s",
                settings.workerThreads(), settings.workerName(), types, settings.tenantLimit(), typeLimits);
    }

    /** Wakes idle workers, e.g. because a task was just queued. */
    public void wake() {
        synchronized (idle) {
            wakeUp = true;
            idle.notifyAll();
        }
    }

    /** Tasks this pool is running now. */
    public int active() {
        return leases.size();
    }

    private void loop(String name) {
        long pause = 100;
        while (!stopping) {
            Optional<TaskRecord> task;
            long start = System.nanoTime();
            try {
                task = store.claim(name, settings.lease(), types, settings.tenantLimit(), typeLimits)
                        .await().atMost(CLAIM_TIMEOUT);
                (task.isPresent() ? claimed : empty).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
                outage.ok();
                pause = 100;
            } catch (RuntimeException e) {
                outage.failed(e);
                TaskExecutor.sleep(pause);
                pause = Math.min(pause * 2, 5000);
                continue;
            }
            if (task.isEmpty()) {
                awaitWork();
            } else {
                RunningTask running = new RunningTask(task.get(), store, settings, mapper);
                leases.track(running);
                try {
                    executor.execute(running);
                } finally {
                    leases.untrack(running);
                }
            }
        }
    }

    private void awaitWork() {
        synchronized (idle) {
            if (!wakeUp && !stopping) {
                try {
                    idle.wait(settings.pollInterval().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stopping = true;
                }
            }
            wakeUp = false;
        }
    }

    /** Stops claiming, waits up to the shutdown grace for running tasks, then stops heartbeats. */
    @Override
    public void close() {
        stopping = true;
        wake();
        long deadline = System.nanoTime() + settings.shutdownGrace().toNanos();
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (leases.size() > 0) {
            LOG.warnf("Stopping with %d task(s) still running; they run again elsewhere once their lease expires",
                    leases.size());
        }
        leases.close();
    }
}
