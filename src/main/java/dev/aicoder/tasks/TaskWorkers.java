package dev.aicoder.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.Config;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.aicoder.platform.events.EventBus;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;

/**
 * Starts this replica's workers and the task event listener with the application, and stops them gracefully
 * (running tasks get {@code aicoder.tasks.shutdown-grace} to finish) before the database pool closes.
 */
@ApplicationScoped
public class TaskWorkers {

    private final WorkerPool pool;
    private final TaskEventListener listener;
    private final boolean enabled;

    public TaskWorkers(TaskStore store, TaskHandlers handlers, QueueSettings settings, ObjectMapper mapper,
            MeterRegistry registry, EventBus bus, Vertx vertx, Config config, TasksConfig tasks) {
        this.pool = new WorkerPool(store, handlers, settings, mapper, registry);
        this.listener = new TaskEventListener(vertx, listenerOptions(config), bus::publish, pool::wake);
        this.enabled = tasks.enabled();
    }

    void start(@Observes StartupEvent event) {
        if (enabled) {
            listener.start();
            pool.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        pool.close();
        listener.close();
    }

    /** Tasks running in this replica now. */
    public int active() {
        return pool.active();
    }

    /** The LISTEN connection uses the application's datasource settings (first host of the reactive URL). */
    static PgConnectOptions listenerOptions(Config config) {
        String url = config.getValue("quarkus.datasource.reactive.url", String.class).split(",")[0].trim();
        if (url.startsWith("vertx-reactive:")) {
            url = url.substring("vertx-reactive:".length());
        }
        PgConnectOptions options = PgConnectOptions.fromUri(url);
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(options::setUser);
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);
        return options;
    }
}
