package dev.aicoder.tasks;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import dev.aicoder.platform.events.EventType;
import dev.aicoder.platform.events.PlatformEvent;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;

/**
 * Listens on the PostgreSQL channel the task table's trigger notifies, and turns each change into a
 * {@link PlatformEvent} for the local bus. Every replica listens, so a WebSocket client sees a task's progress
 * wherever the task runs. The connection is re-established after a database restart.
 */
public final class TaskEventListener implements AutoCloseable {

    public static final String CHANNEL = "aicoder_task_events";
    private static final Logger LOG = Logger.getLogger(TaskEventListener.class);
    private static final long RETRY_MILLIS = 1000;

    private final Vertx vertx;
    private final PgSubscriber subscriber;
    private final Consumer<PlatformEvent> sink;
    private final Runnable onQueued;
    private volatile boolean closed;

    public TaskEventListener(Vertx vertx, PgConnectOptions options, Consumer<PlatformEvent> sink, Runnable onQueued) {
        this.vertx = vertx;
        this.sink = sink;
        this.onQueued = onQueued;
        this.subscriber = PgSubscriber.subscriber(vertx, options).reconnectPolicy(retries -> RETRY_MILLIS);
        subscriber.channel(CHANNEL).handler(this::onNotification);
    }

    public void start() {
        subscriber.connect().onComplete(result -> {
            if (result.failed() && !closed) {
                LOG.warnf("Cannot listen for task events yet (%s); retrying", result.cause().toString());
                vertx.setTimer(RETRY_MILLIS * 5, id -> start());
            }
        });
    }

    private void onNotification(String payload) {
        try {
            PlatformEvent event = toEvent(new JsonObject(payload));
            if (event.type() == EventType.TASK_QUEUED) {
                onQueued.run();
            }
            sink.accept(event);
        } catch (RuntimeException e) {
            LOG.warnf("Ignored a malformed task notification: %s", e.toString());
        }
    }

    static PlatformEvent toEvent(JsonObject n) {
        TaskStatus status = TaskStatus.parse(n.getString("status"));
        EventType type = !n.getBoolean("status_changed", false) ? EventType.TASK_PROGRESS : switch (status) {
            case WAITING, QUEUED -> EventType.TASK_QUEUED;
            case RUNNING -> EventType.TASK_STARTED;
            case SUCCEEDED -> EventType.TASK_SUCCEEDED;
            case FAILED -> EventType.TASK_FAILED;
            case CANCELLED -> EventType.TASK_CANCELLED;
        };
        Map<String, Object> data = new HashMap<>();
        data.put("task_type", n.getString("type"));
        data.put("status", status.label());
        data.put("progress", n.getInteger("progress", 0));
        data.put("attempts", n.getInteger("attempts", 0));
        data.put("cancel_requested", n.getBoolean("cancel_requested", false));
        putIfPresent(data, "phase", n.getString("phase"));
        putIfPresent(data, "message", n.getString("message"));
        putIfPresent(data, "error", n.getString("error"));
        return new PlatformEvent(type, UUID.fromString(n.getString("tenant_id")), n.getString("id"), data,
                OffsetDateTime.parse(n.getString("at")).toInstant());
    }

    private static void putIfPresent(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
    }

    @Override
    public void close() {
        closed = true;
        subscriber.close();
    }
}
