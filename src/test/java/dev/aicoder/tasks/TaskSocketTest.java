package dev.aicoder.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.aicoder.testing.Api;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/** {@code /ws/tasks/{id}}: authenticated like the API, tenant-scoped, streams progress until the task ends. */
@QuarkusTest
class TaskSocketTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Vertx vertx;

    @Test
    void streamsSnapshotProgressAndFinalStateThenCloses() throws Exception {
        var admin = Api.newTenant();
        String id = TaskApiTest.submit(admin.token(), Map.of("type", "test.steps",
                "payload", Map.of("steps", 6, "delay_ms", 120),
                "run_at", OffsetDateTime.now().plusSeconds(1).toString()));
        Client client = connect(options(id).addHeader("Authorization", "Bearer " + admin.token()));

        assertThat(client.closed.get(30, TimeUnit.SECONDS)).isEqualTo((short) 1000);
        List<JsonObject> messages = client.messages;
        assertThat(messages.get(0).getString("event")).isEqualTo("SNAPSHOT");
        assertThat(messages.get(0).getString("status")).isEqualTo("queued");
        assertThat(messages).extracting(m -> m.getString("event"))
                .contains("TASK_STARTED", "TASK_PROGRESS")
                .last().isEqualTo("TASK_SUCCEEDED");
        JsonObject last = messages.get(messages.size() - 1);
        assertThat(last.getString("task_id")).isEqualTo(id);
        assertThat(last.getInteger("progress")).isEqualTo(100);
        assertThat(messages).filteredOn(m -> "TASK_PROGRESS".equals(m.getString("event")))
                .extracting(m -> m.getInteger("progress")).isSorted().allSatisfy(p -> assertThat(p).isBetween(1, 100));
    }

    @Test
    void browsersAuthenticateWithTheTokenInTheSubprotocol() throws Exception {
        var admin = Api.newTenant();
        String id = TaskApiTest.submit(admin.token(), Map.of("type", "system.noop"));
        TaskApiTest.awaitStatus(admin.token(), id, "succeeded");
        Client client = connect(options(id).setSubProtocols(List.of("aicoder.v1",
                "quarkus-http-upgrade#Authorization#Bearer%20" + admin.token())));
        assertThat(client.socket.subProtocol()).isEqualTo("aicoder.v1");
        assertThat(client.closed.get(10, TimeUnit.SECONDS)).isEqualTo((short) 1000);
        assertThat(client.messages).singleElement().satisfies(m -> {
            assertThat(m.getString("event")).isEqualTo("SNAPSHOT");
            assertThat(m.getString("status")).isEqualTo("succeeded");
        });
    }

    @Test
    void apiTokensWorkOnTheUpgradeToo() throws Exception {
        var admin = Api.newTenant();
        String apiToken = Api.as(admin.token()).body(Map.of("name", "ci-watcher")).post("/api/v1/tokens").then()
                .statusCode(201).extract().path("token");
        String id = TaskApiTest.submit(admin.token(), Map.of("type", "system.noop"));
        TaskApiTest.awaitStatus(admin.token(), id, "succeeded");
        Client client = connect(options(id).addHeader("Authorization", "Bearer " + apiToken));
        assertThat(client.closed.get(10, TimeUnit.SECONDS)).isEqualTo((short) 1000);
        assertThat(client.messages).singleElement()
                .satisfies(m -> assertThat(m.getString("status")).isEqualTo("succeeded"));
    }

    @Test
    void upgradeWithoutValidTokenIsRejected() {
        var admin = Api.newTenant();
        String id = TaskApiTest.submit(admin.token(), Map.of("type", "system.noop"));
        assertThatThrownBy(() -> connect(options(id)))
                .hasRootCauseInstanceOf(UpgradeRejectedException.class)
                .rootCause().satisfies(e -> assertThat(((UpgradeRejectedException) e).getStatus()).isEqualTo(401));
        assertThatThrownBy(() -> connect(options(id).addHeader("Authorization", "Bearer not-a-jwt")))
                .hasRootCauseInstanceOf(UpgradeRejectedException.class);
    }

    @Test
    void anotherTenantsTaskClosesWith4404() throws Exception {
        var owner = Api.newTenant();
        var stranger = Api.newTenant();
        String id = TaskApiTest.submit(owner.token(), Map.of("type", "system.noop"));
        Client client = connect(options(id).addHeader("Authorization", "Bearer " + stranger.token()));
        assertThat(client.closed.get(10, TimeUnit.SECONDS)).isEqualTo((short) 4404);
        assertThat(client.messages).isEmpty();
        Client garbage = connect(options("not-a-uuid").addHeader("Authorization", "Bearer " + owner.token()));
        assertThat(garbage.closed.get(10, TimeUnit.SECONDS)).isEqualTo((short) 4404);
    }

    private WebSocketConnectOptions options(String taskId) {
        return new WebSocketConnectOptions().setHost(base.getHost()).setPort(base.getPort())
                .setURI("/ws/tasks/" + taskId);
    }

    private Client connect(WebSocketConnectOptions options) throws Exception {
        CompletableFuture<Client> result = new CompletableFuture<>();
        vertx.createHttpClient().webSocket(options).onComplete(ar -> {
            if (ar.failed()) {
                result.completeExceptionally(ar.cause());
                return;
            }
            result.complete(new Client(ar.result()));
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    static final class Client {
        final WebSocket socket;
        final List<JsonObject> messages = new CopyOnWriteArrayList<>();
        final CompletableFuture<Short> closed = new CompletableFuture<>();

        Client(WebSocket socket) {
            this.socket = socket;
            socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
            socket.closeHandler(v -> closed.complete(socket.closeStatusCode()));
        }
    }

}
