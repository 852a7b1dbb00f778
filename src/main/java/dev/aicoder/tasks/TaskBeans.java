package dev.aicoder.tasks;

import java.lang.management.ManagementFactory;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.mutiny.sqlclient.Pool;

/** CDI producers for the plain-Java queue core. */
@ApplicationScoped
public class TaskBeans {

    @Produces
    @Singleton
    TaskHandlers handlers(@Any Instance<TaskHandler> handlers) {
        return TaskHandlers.of(handlers);
    }

    @Produces
    @Singleton
    TaskStore store(Pool pool) {
        return new TaskStore(pool);
    }

    @Produces
    @Singleton
    TaskQueries queries(Pool pool) {
        return new TaskQueries(pool);
    }

    @Produces
    @Singleton
    ScheduleStore schedules(Pool pool) {
        return new ScheduleStore(pool);
    }

    @Produces
    @Singleton
    ScheduleFirer scheduleFirer(Pool pool, TaskHandlers handlers, ObjectMapper mapper, QueueSettings settings) {
        return new ScheduleFirer(pool, handlers, mapper, settings.defaultMaxAttempts());
    }

    @Produces
    @Singleton
    QueueSettings settings(TasksConfig config) {
        String name = config.workerName().orElseGet(TaskBeans::defaultWorkerName);
        return new QueueSettings(name, config.workerThreads(), config.lease(), config.heartbeatInterval(),
                config.pollInterval(), config.reapInterval(), config.limits().perTenant().isPresent()
                        ? config.limits().perTenant().getAsInt()
                        : null,
                config.limits().perType(), config.maxAttempts(), config.backoffInitial(), config.backoffMax(),
                config.progressInterval(), config.maxPayloadBytes(), config.shutdownGrace());
    }

    /** Host name (the pod name on Kubernetes) and process id. */
    static String defaultWorkerName() {
        String host = Optional.ofNullable(System.getenv("HOSTNAME")).filter(h -> !h.isBlank()).orElse("aicoder");
        return host + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }
}
