package dev.aicoder.tasks;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import dev.aicoder.testing.PostgresResource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A migrated database of its own for queue tests that run without Quarkus: a fresh database in the shared embedded
 * PostgreSQL (or in a given one), a reactive pool on it, and helpers to build stores and worker pools.
 */
final class QueueDb implements AutoCloseable {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).findAndRegisterModules();

    final Vertx vertx = Vertx.vertx();
    final PgConnectOptions options;
    final Pool pool;

    private QueueDb(int port, String database) {
        options = new PgConnectOptions().setHost("127.0.0.1").setPort(port).setDatabase(database)
                .setUser("postgres").setPassword("postgres");
        pool = Pool.newInstance(PgBuilder.pool().with(new PoolOptions().setMaxSize(8)).connectingTo(options)
                .using(vertx.getDelegate()).build());
    }

    /** A fresh, migrated database in the test JVM's shared embedded PostgreSQL. */
    static QueueDb create() {
        return create(PostgresResource.postgres());
    }

    static QueueDb create(EmbeddedPostgres postgres) {
        String database = "queue_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Flyway.configure().dataSource(postgres.getJdbcUrl("postgres", database), "postgres", "postgres")
                .locations("classpath:db/migration").outOfOrder(true).load().migrate();
        return new QueueDb(postgres.getPort(), database);
    }

    /** A second, independent connection pool on the same database: another replica. */
    QueueDb replica() {
        return new QueueDb(options.getPort(), options.getDatabase());
    }

    UUID newTenant() {
        UUID id = UUID.randomUUID();
        String slug = "t" + id.toString().substring(0, 8);
        pool.preparedQuery("INSERT INTO tenant (id, name, slug) VALUES ($1, $2, $3)")
                .execute(Tuple.of(id, "Tenant " + slug, slug)).await().atMost(Duration.ofSeconds(10));
        return id;
    }

    TaskStore store() {
        return new TaskStore(pool);
    }

    TaskQueries queries() {
        return new TaskQueries(pool);
    }

    TaskQueue queue(QueueSettings settings, TaskHandler... handlers) {
        return new TaskQueue(store(), TaskHandlers.of(List.of(handlers)), settings, MAPPER);
    }

    WorkerPool workers(QueueSettings settings, TaskHandler... handlers) {
        return new WorkerPool(store(), TaskHandlers.of(List.of(handlers)), settings, MAPPER,
                new SimpleMeterRegistry());
    }

    TaskRecord task(UUID id) {
        return pool.preparedQuery("SELECT " + TaskRows.COLUMNS + " FROM task WHERE id = $1").execute(Tuple.of(id))
                .map(rows -> TaskRows.map(rows.iterator().next())).await().atMost(Duration.ofSeconds(10));
    }

    List<Row> query(String sql, Object... args) {
        return TaskStore.all(pool.preparedQuery(sql).execute(Tuple.from(args)).await().atMost(Duration.ofSeconds(30)),
                row -> row);
    }

    long count(String sql, Object... args) {
        return query(sql, args).get(0).getLong(0);
    }

    @Override
    public void close() {
        pool.closeAndAwait();
        vertx.closeAndAwait();
    }
}
