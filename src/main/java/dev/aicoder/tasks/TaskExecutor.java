package dev.aicoder.tasks;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.aicoder.platform.logging.Redactor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;

/**
 * Runs one claimed task through its handler and records the outcome: success with its result, a retry after a
 * backoff, failure once attempts are used up (or at once for {@link NonRetryableTaskException}), or cancellation.
 * Outcome writes are retried through database outages for as long as the lease could still be ours.
 */
final class TaskExecutor {

    private static final Logger LOG = Logger.getLogger(TaskExecutor.class);
    private static final int MAX_ERROR_CHARS = 2000;

    private final TaskStore store;
    private final TaskHandlers handlers;
    private final QueueSettings settings;
    private final ObjectMapper mapper;
    private final MeterRegistry registry;
    private final DbOutage outage = new DbOutage("Task worker (recording an outcome)");

    TaskExecutor(TaskStore store, TaskHandlers handlers, QueueSettings settings, ObjectMapper mapper,
            MeterRegistry registry) {
        this.store = store;
        this.handlers = handlers;
        this.settings = settings;
        this.mapper = mapper;
        this.registry = registry;
    }

    void execute(RunningTask ctx) {
        TaskRecord task = ctx.record();
        long start = System.nanoTime();
        String outcome;
        try {
            Object result = handlers.find(task.type())
                    .orElseThrow(() -> new NonRetryableTaskException("no handler for type " + task.type()))
                    .run(ctx);
            String json = toJson(result);
            outcome = record(ctx, () -> store.succeed(task.id(), task.claimToken(), json), "succeeded");
        } catch (TaskCancelledException e) {
            outcome = ctx.leaseLost() ? "lost" : end(ctx, TaskStatus.CANCELLED, "cancelled on request");
        } catch (NonRetryableTaskException e) {
            outcome = end(ctx, TaskStatus.FAILED, describe(e));
        } catch (Throwable e) {
            outcome = failed(ctx, e);
        }
        Timer.builder("aicoder.tasks.duration").description("Run time of tasks by type and outcome")
                .tags("type", task.type(), "outcome", outcome)
                .serviceLevelObjectives(Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofSeconds(1),
                        Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(10))
                .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }

    private String failed(RunningTask ctx, Throwable e) {
        TaskRecord task = ctx.record();
        if (ctx.leaseLost()) {
            return "lost";
        }
        if (ctx.cancelRequested()) {
            return end(ctx, TaskStatus.CANCELLED, "cancelled on request; the handler stopped with " + describe(e));
        }
        if (task.attempts() >= task.maxAttempts()) {
            return end(ctx, TaskStatus.FAILED, describe(e));
        }
        Duration delay = settings.backoff(task.attempts());
        LOG.debugf("Task %s (%s) attempt %d failed, retrying in %s: %s", task.id(), task.type(), task.attempts(),
                delay, describe(e));
        return record(ctx, () -> store.retry(task.id(), task.claimToken(), delay, describe(e)), "retried");
    }

    private String end(RunningTask ctx, TaskStatus status, String error) {
        TaskRecord task = ctx.record();
        return record(ctx, () -> store.end(task.id(), task.claimToken(), status, error), status.label());
    }

    /** Writes an outcome; "lost" when another worker holds the task now or the database stayed unreachable. */
    private String record(RunningTask ctx, Supplier<Uni<Boolean>> write, String outcome) {
        long deadline = System.nanoTime() + settings.lease().toNanos();
        long pause = 100;
        while (true) {
            try {
                boolean stored = write.get().await().atMost(Duration.ofSeconds(10));
                if (!stored) {
                    LOG.warnf("Outcome '%s' of task %s discarded: another worker took it over after this worker's "
                            + "lease expired", outcome, ctx.taskId());
                    return "lost";
                }
                outage.ok();
                return outcome;
            } catch (RuntimeException e) {
                outage.failed(e);
                if (System.nanoTime() > deadline) {
                    LOG.errorf("Could not record outcome '%s' of task %s; it will run again once its lease expires",
                            outcome, ctx.taskId());
                    return "lost";
                }
                sleep(pause);
                pause = Math.min(pause * 2, 2000);
            }
        }
    }

    private String toJson(Object result) {
        try {
            return result == null ? null : mapper.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new NonRetryableTaskException("the handler's result cannot be written as JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    static String describe(Throwable e) {
        String message = e.getMessage() == null ? "" : ": " + Redactor.redact(e.getMessage());
        String text = e instanceof NonRetryableTaskException ? Redactor.redact(e.getMessage())
                : e.getClass().getSimpleName() + message;
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
