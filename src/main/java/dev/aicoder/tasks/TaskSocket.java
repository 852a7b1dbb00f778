package dev.aicoder.tasks;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.security.RolesAllowed;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.aicoder.platform.events.EventBus;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;

/**
 * {@code /ws/tasks/{id}}: streams a task's progress. The upgrade request is authenticated like the REST API (JWT
 * or API token as {@code Authorization: Bearer}; browsers pass the JWT in the subprotocol
 * {@code quarkus-http-upgrade#Authorization#Bearer%20<jwt>} along with {@code aicoder.v1}). A task of another
 * tenant, or an unknown one, closes the socket with code 4404. Besides the events, the stored state is re-read every
 * few seconds, so a notification lost during a database restart cannot leave a client waiting forever.
 */
@WebSocket(path = "/ws/tasks/{id}")
@RolesAllowed(Roles.VIEWER)
public class TaskSocket {

    private static final Logger LOG = Logger.getLogger(TaskSocket.class);
    static final CloseReason NOT_FOUND = new CloseReason(4404, "task not found");
    private static final long RESYNC_MILLIS = 5000;

    private final TaskQueries queries;
    private final EventBus bus;
    private final ObjectMapper mapper;
    private final SecurityIdentity identity;
    private final Vertx vertx;
    private final Map<String, Follower> followers = new ConcurrentHashMap<>();

    public TaskSocket(TaskQueries queries, EventBus bus, ObjectMapper mapper, SecurityIdentity identity,
            Vertx vertx) {
        this.queries = queries;
        this.bus = bus;
        this.mapper = mapper;
        this.identity = identity;
        this.vertx = vertx;
    }

    @OnOpen
    public Uni<Void> open(WebSocketConnection connection) {
        Caller caller = CurrentUser.of(identity);
        UUID taskId = parse(connection.pathParam("id"));
        if (taskId == null) {
            return connection.close(NOT_FOUND);
        }
        TaskStream stream = new TaskStream(connection, taskId, mapper);
        stream.follow(bus, caller.tenantId());
        long timer = vertx.setPeriodic(RESYNC_MILLIS, id -> resync(caller, stream).subscribe().with(v -> {
        }, e -> {
        }));
        followers.put(connection.id(), new Follower(stream, timer));
        return resync(caller, stream);
    }

    @OnClose
    public void close(WebSocketConnection connection) {
        Follower follower = followers.remove(connection.id());
        if (follower != null) {
            vertx.cancelTimer(follower.timer());
            follower.stream().stop();
        }
    }

    /** Open sockets on this replica. */
    public int connections() {
        return followers.size();
    }

    private Uni<Void> resync(Caller caller, TaskStream stream) {
        if (stream.ended()) {
            return Uni.createFrom().voidItem();
        }
        return queries.find(caller.tenantId(), stream.taskId())
                .invoke(found -> found.ifPresentOrElse(stream::snapshot, () -> stream.end(NOT_FOUND)))
                .onFailure().invoke(e -> LOG.debugf("Re-reading task %s failed: %s", stream.taskId(), e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private record Follower(TaskStream stream, long timer) {
    }
}
