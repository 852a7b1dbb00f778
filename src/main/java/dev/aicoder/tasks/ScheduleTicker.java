package dev.aicoder.tasks;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/** Looks for due schedules every {@code aicoder.tasks.schedules.poll-interval} on every replica. */
@ApplicationScoped
public class ScheduleTicker {

    private static final Logger LOG = Logger.getLogger(ScheduleTicker.class);
    private static final int BATCH = 100;

    private final ScheduleFirer firer;
    private final TasksConfig config;

    public ScheduleTicker(ScheduleFirer firer, TasksConfig config) {
        this.firer = firer;
        this.config = config;
    }

    @Scheduled(every = "${aicoder.tasks.schedules.poll-interval:PT15S}", delayed = "PT5S",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        if (!config.enabled() || !config.schedules().enabled()) {
            return Uni.createFrom().voidItem();
        }
        return firer.fireDue(BATCH)
                .invoke(fired -> {
                    if (fired > 0) {
                        LOG.debugf("Fired %d scheduled task(s)", fired);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("Firing schedules failed, will retry: %s", e.toString()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
