package dev.aicoder.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL restarts while workers are busy: claims and outcome writes fail for a while, then the workers
 * reconnect on their own and every task still ends successfully. Uses its own PostgreSQL, stopped and started on
 * the same port and data directory, so the shared test database is not disturbed.
 */
class PostgresRestartTest {

    @Test
    void workersReconnectAndFinishEveryTaskAfterAPostgresRestart() throws Exception {
        Path dataDir = Files.createTempDirectory("aicoder-pg-restart");
        int port = freePort();
        EmbeddedPostgres postgres = start(dataDir, port);
        String type = "restart-" + UUID.randomUUID().toString().substring(0, 6);
        Set<UUID> finished = ConcurrentHashMap.newKeySet();
        TestHandler handler = new TestHandler(type, ctx -> {
            Thread.sleep(15);
            finished.add(ctx.taskId());
            return null;
        });
        QueueSettings settings = QueueSettings.forTests("restart", 2)
                .withLease(Duration.ofSeconds(20), Duration.ofSeconds(2));
        QueueDb db = QueueDb.create(postgres);
        try (db) {
            UUID tenant = db.newTenant();
            List<NewTask> tasks = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                tasks.add(NewTask.of(tenant, type, null));
            }
            db.queue(settings, handler).enqueueAll(tasks).await().atMost(Duration.ofSeconds(30));
            try (WorkerPool workers = db.workers(settings, handler)) {
                workers.start();
                await().atMost(Duration.ofSeconds(30)).until(() -> finished.size() >= 40);

                postgres.close();
                int doneWhileDown = finished.size();
                Thread.sleep(2000);
                assertThat(finished.size() - doneWhileDown).as("tasks finished while PostgreSQL was down")
                        .isLessThanOrEqualTo(2);
                postgres = start(dataDir, port);

                await().atMost(Duration.ofSeconds(90)).until(() -> db.count(
                        "SELECT count(*) FROM task WHERE type = $1 AND status = 'succeeded'", type) == 400);
            }
            assertThat(db.count("SELECT count(*) FROM task WHERE type = $1 AND status <> 'succeeded'", type))
                    .isZero();
            assertThat(finished).hasSize(400);
        } finally {
            postgres.close();
        }
    }

    private static EmbeddedPostgres start(Path dataDir, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                .start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
