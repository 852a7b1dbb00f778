package dev.aicoder.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * A local server speaking Vault's KV v2 HTTP API ({@code /v1/<mount>/data/<path>}, token in {@code X-Vault-Token}),
 * enough for the real quarkus-vault client to read, write and delete secrets.
 */
public class FakeVaultServer implements QuarkusTestResourceLifecycleManager {

    public static final String TOKEN = "test-vault-token-0001";
    public static final Map<String, JsonObject> SECRETS = new ConcurrentHashMap<>();
    public static final CopyOnWriteArrayList<String> REQUESTS = new CopyOnWriteArrayList<>();
    public static final AtomicBoolean FAIL = new AtomicBoolean();
    private static final String DATA = "/v1/secret/data/";
    private static final String METADATA = "/v1/secret/metadata/";

    private Vertx vertx;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        server = vertx.createHttpServer().requestHandler(this::handle);
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return Map.of(
                "aicoder.secrets.backend", "vault",
                "quarkus.vault.url", "http://127.0.0.1:" + server.actualPort(),
                "quarkus.vault.authentication.client-token", TOKEN);
    }

    private void handle(HttpServerRequest request) {
        REQUESTS.add(request.method() + " " + request.path());
        if (!TOKEN.equals(request.getHeader("X-Vault-Token"))) {
            reply(request, 403, new JsonObject().put("errors", java.util.List.of("permission denied")));
            return;
        }
        if (FAIL.get()) {
            reply(request, 500, new JsonObject().put("errors", java.util.List.of("internal error")));
            return;
        }
        String path = request.path();
        if (path.startsWith(DATA)) {
            String key = path.substring(DATA.length());
            switch (request.method().name()) {
                case "GET" -> {
                    JsonObject data = SECRETS.get(key);
                    if (data == null) {
                        reply(request, 404, new JsonObject().put("errors", java.util.List.of()));
                    } else {
                        reply(request, 200, new JsonObject().put("data", new JsonObject().put("data", data)
                                .put("metadata", new JsonObject().put("version", 1))));
                    }
                }
                case "POST", "PUT" -> request.body().onSuccess(body -> {
                    SECRETS.put(key, body.toJsonObject().getJsonObject("data"));
                    reply(request, 200, new JsonObject().put("data", new JsonObject().put("version", 1)));
                });
                case "DELETE" -> {
                    SECRETS.remove(key);
                    request.response().setStatusCode(204).end();
                }
                default -> reply(request, 405, new JsonObject());
            }
        } else if (path.startsWith(METADATA) && "DELETE".equals(request.method().name())) {
            SECRETS.remove(path.substring(METADATA.length()));
            request.response().setStatusCode(204).end();
        } else {
            reply(request, 404, new JsonObject().put("errors", java.util.List.of()));
        }
    }

    private static void reply(HttpServerRequest request, int status, JsonObject body) {
        request.response().setStatusCode(status).putHeader("Content-Type", "application/json").end(body.encode());
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
