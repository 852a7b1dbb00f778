package dev.aicoder.tasks;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

/**
 * Keeps the leases of this pool's running tasks alive (one UPDATE for all of them per heartbeat), flushes their
 * throttled progress, tells them about cancel requests and lost leases, and reaps expired leases of dead workers.
 */
final class LeaseKeeper implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LeaseKeeper.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final TaskStore store;
    private final QueueSettings settings;
    private final Map<UUID, RunningTask> running = new ConcurrentHashMap<>();
    private final DbOutage outage = new DbOutage("Task lease keeper");
    private final ScheduledExecutorService timer;

    LeaseKeeper(TaskStore store, QueueSettings settings, String name) {
        this.store = store;
        this.settings = settings;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name + "-leases");
            t.setDaemon(true);
            return t;
        });
    }

    void start() {
        long beat = settings.heartbeatInterval().toMillis();
        long reap = settings.reapInterval().toMillis();
        timer.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
        timer.scheduleWithFixedDelay(this::reap, reap, reap, TimeUnit.MILLISECONDS);
    }

    void track(RunningTask task) {
        running.put(task.taskId(), task);
    }

    void untrack(RunningTask task) {
        running.remove(task.taskId());
    }

    int size() {
        return running.size();
    }

    void beat() {
        List<RunningTask> tasks = List.copyOf(running.values());
        if (tasks.isEmpty()) {
            return;
        }
        tasks.forEach(RunningTask::flush);
        Map<UUID, UUID> tokens = new HashMap<>();
        tasks.forEach(t -> tokens.put(t.taskId(), t.record().claimToken()));
        try {
            Map<UUID, Boolean> held = store.heartbeat(tokens, settings.lease()).await().atMost(TIMEOUT);
            outage.ok();
            for (RunningTask task : tasks) {
                Boolean cancel = held.get(task.taskId());
                if (cancel == null && running.containsKey(task.taskId())) {
                    LOG.warnf("Lost the lease of task %s (%s); another worker may run it now", task.taskId(),
                            task.type());
                }
                task.heartbeat(cancel);
            }
        } catch (RuntimeException e) {
            outage.failed(e);
        }
    }

    void reap() {
        try {
            int reaped = store.reapExpired().await().atMost(TIMEOUT);
            outage.ok();
            if (reaped > 0) {
                LOG.warnf("Took back %d task(s) whose worker stopped heartbeating", reaped);
            }
        } catch (RuntimeException e) {
            outage.failed(e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
