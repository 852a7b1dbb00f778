package dev.aicoder.tasks;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.aicoder.platform.audit.AuditEvent;
import dev.aicoder.platform.db.UniqueViolation;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import dev.aicoder.tasks.ScheduleViews.ScheduleRequest;
import dev.aicoder.tasks.ScheduleViews.ScheduleUpdate;
import dev.aicoder.tasks.ScheduleViews.ScheduleView;
import io.smallrye.mutiny.Uni;

/** Cron schedules of the caller's tenant; every change is audited. */
@ApplicationScoped
public class ScheduleService {

    private final ScheduleStore store;
    private final TaskQueue queue;
    private final ObjectMapper mapper;
    private final Event<AuditEvent> audit;

    public ScheduleService(ScheduleStore store, TaskQueue queue, ObjectMapper mapper, Event<AuditEvent> audit) {
        this.store = store;
        this.queue = queue;
        this.mapper = mapper;
        this.audit = audit;
    }

    public Uni<ScheduleView> create(Caller caller, ScheduleRequest r) {
        String name = r.name() == null ? "default" : r.name();
        String zone = r.timeZone() == null ? "UTC" : r.timeZone();
        return Uni.createFrom().item(() -> {
            Instant next = cron(r.cron(), zone).nextAfter(Instant.now());
            TaskPriority priority = priority(r.priority());
            String payload = checkedPayload(caller, r.taskType(), r.payload());
            return new ScheduleRecord(UUID.randomUUID(), caller.tenantId(), r.repository().trim(), name,
                    r.cron().trim(), zone, r.taskType(), payload, priority, r.enabled() == null || r.enabled(),
                    utc(next), null, null, caller.userId(), null, null);
        }).flatMap(store::insert)
                .onFailure(UniqueViolation::is).transform(e -> ApiException.conflict("schedule-exists",
                        "This repository already has a schedule named '" + name + "'"))
                .invoke(s -> audit.fire(caller.event("schedule.created", s.id().toString(),
                        Map.of("repository", s.repository(), "cron", s.cron(), "task_type", s.taskType()))))
                .map(s -> ScheduleView.of(s, mapper));
    }

    public Uni<ScheduleView> update(Caller caller, UUID id, ScheduleUpdate u) {
        return find(caller, id).map(s -> {
            String cron = u.cron() == null ? s.cron() : u.cron().trim();
            String zone = u.timeZone() == null ? s.timeZone() : u.timeZone();
            boolean timing = u.cron() != null || u.timeZone() != null || Boolean.TRUE.equals(u.enabled());
            OffsetDateTime next = timing ? utc(cron(cron, zone).nextAfter(Instant.now())) : s.nextRunAt();
            String payload = u.payload() == null ? s.payload() : checkedPayload(caller, s.taskType(), u.payload());
            TaskPriority priority = u.priority() == null ? s.priority() : priority(u.priority());
            return new ScheduleRecord(s.id(), s.tenantId(), s.repository(), s.name(), cron, zone, s.taskType(),
                    payload, priority, u.enabled() == null ? s.enabled() : u.enabled(), next, s.lastRunAt(),
                    s.lastTaskId(), s.createdBy(), s.createdAt(), s.updatedAt());
        }).flatMap(store::update)
                .map(updated -> updated.orElseThrow(() -> ApiException.notFound("Schedule", id)))
                .invoke(s -> audit.fire(caller.event("schedule.updated", s.id().toString(),
                        Map.of("cron", s.cron(), "enabled", Boolean.toString(s.enabled())))))
                .map(s -> ScheduleView.of(s, mapper));
    }

    public Uni<ScheduleView> get(Caller caller, UUID id) {
        return find(caller, id).map(s -> ScheduleView.of(s, mapper));
    }

    public Uni<Page<ScheduleView>> list(Caller caller, String repository, PageParams page) {
        return store.list(caller.tenantId(), repository, page).map(p -> p.map(s -> ScheduleView.of(s, mapper)));
    }

    public Uni<Void> delete(Caller caller, UUID id) {
        return store.delete(caller.tenantId(), id).map(deleted -> {
            if (!deleted) {
                throw ApiException.notFound("Schedule", id);
            }
            audit.fire(caller.event("schedule.deleted", id.toString(), Map.of()));
            return null;
        });
    }

    private Uni<ScheduleRecord> find(Caller caller, UUID id) {
        return store.find(caller.tenantId(), id)
                .map(found -> found.orElseThrow(() -> ApiException.notFound("Schedule", id)));
    }

    private String checkedPayload(Caller caller, String type, JsonNode payload) {
        if (queue.handlers().find(type).map(h -> !h.submittable()).orElse(false)) {
            throw ApiException.unprocessable("task-type-not-submittable",
                    "Tasks of type '" + type + "' are started by the application, not by schedules");
        }
        try {
            return queue.validate(NewTask.of(caller.tenantId(), type, payload));
        } catch (InvalidTaskException e) {
            throw ApiException.unprocessable(e.code(), e.getMessage());
        }
    }

    private static CronSchedule cron(String cron, String zone) {
        try {
            return CronSchedule.parse(cron, zone);
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("invalid-schedule", e.getMessage());
        }
    }

    private static TaskPriority priority(String label) {
        try {
            return label == null ? TaskPriority.NORMAL : TaskPriority.parse(label);
        } catch (IllegalArgumentException e) {
            throw ApiException.unprocessable("invalid-schedule", e.getMessage());
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
