package dev.aicoder.tasks;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.aicoder.platform.events.EventBus;
import dev.aicoder.platform.events.PlatformEvent;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * One WebSocket client following one task: first a snapshot, then every change as it happens, then a normal close
 * once the task has ended. Messages are JSON objects shaped as {@link Message}.
 */
final class TaskStream {

    private static final Logger LOG = Logger.getLogger(TaskStream.class);

    private final WebSocketConnection connection;
    private final UUID taskId;
    private final ObjectMapper mapper;
    private final AtomicBoolean ended = new AtomicBoolean();
    private EventBus.Subscription subscription;
    private volatile String lastSent;

    TaskStream(WebSocketConnection connection, UUID taskId, ObjectMapper mapper) {
        this.connection = connection;
        this.taskId = taskId;
        this.mapper = mapper;
    }

    UUID taskId() {
        return taskId;
    }

    void follow(EventBus bus, UUID tenantId) {
        subscription = bus.subscribe(e -> e.type().isTaskEvent() && tenantId.equals(e.tenantId())
                && taskId.toString().equals(e.subject()), this::onEvent);
    }

    private void onEvent(PlatformEvent e) {
        send(new Message(e.type().name(), taskId, (String) e.data().get("status"), (int) e.number("progress", 0),
                (String) e.data().get("phase"), (String) e.data().get("message"), (int) e.number("attempts", 0),
                Boolean.TRUE.equals(e.data().get("cancel_requested")), (String) e.data().get("error"), e.at()));
    }

    /** Sends the stored state when it differs from the last message (first message, or a missed notification). */
    void snapshot(TaskRecord t) {
        send(new Message("SNAPSHOT", t.id(), t.status().label(), t.progress(), t.phase(), t.message(), t.attempts(),
                t.cancelRequested(), t.error(), t.updatedAt().toInstant()));
    }

    private synchronized void send(Message message) {
        if (ended.get()) {
            return;
        }
        String state = message.status() + "/" + message.progress() + "/" + message.phase() + "/"
                + message.cancelRequested();
        if ("SNAPSHOT".equals(message.event()) && state.equals(lastSent)) {
            return;
        }
        lastSent = state;
        try {
            connection.sendText(mapper.writeValueAsString(message)).subscribe().with(ok -> {
            }, failure -> LOG.debugf("WebSocket %s: send failed: %s", connection.id(), failure.toString()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (TaskStatus.parse(message.status()).isTerminal()) {
            end(CloseReason.NORMAL);
        }
    }

    void end(CloseReason reason) {
        if (ended.compareAndSet(false, true)) {
            stop();
            connection.close(reason).subscribe().with(ok -> {
            }, failure -> LOG.debugf("WebSocket %s: close failed: %s", connection.id(), failure.toString()));
        }
    }

    boolean ended() {
        return ended.get();
    }

    void stop() {
        if (subscription != null) {
            subscription.close();
        }
    }

    /** What the client receives; {@code event} is {@code SNAPSHOT} or a task {@code EventType} name. */
    record Message(String event, UUID taskId, String status, int progress, String phase, String message,
            int attempts, boolean cancelRequested, String error, Instant at) {
    }
}
