package dev.aicoder.tasks;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.aicoder.platform.audit.AuditEvent;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import dev.aicoder.tasks.TaskViews.TaskRequest;
import dev.aicoder.tasks.TaskViews.TaskSummary;
import dev.aicoder.tasks.TaskViews.TaskTypeView;
import dev.aicoder.tasks.TaskViews.TaskView;
import io.smallrye.mutiny.Uni;

/** Tasks as the API sees them: always inside the caller's tenant; another tenant's task is a 404. */
@ApplicationScoped
public class TaskService {

    private final TaskQueue queue;
    private final TaskQueries queries;
    private final ObjectMapper mapper;
    private final Event<AuditEvent> audit;

    public TaskService(TaskQueue queue, TaskQueries queries, ObjectMapper mapper, Event<AuditEvent> audit) {
        this.queue = queue;
        this.queries = queries;
        this.mapper = mapper;
        this.audit = audit;
    }

    public Uni<Created> submit(Caller caller, TaskRequest request) {
        return Uni.createFrom().item(() -> toNewTask(caller, request))
                .flatMap(queue::enqueue)
                .onFailure(InvalidTaskException.class)
                .transform(e -> ApiException.unprocessable(((InvalidTaskException) e).code(), e.getMessage()))
                .flatMap(enqueued -> view(enqueued.task()).map(v -> new Created(v, enqueued.created())));
    }

    public Uni<TaskView> get(Caller caller, UUID id) {
        return queries.find(caller.tenantId(), id)
                .map(found -> found.orElseThrow(() -> ApiException.notFound("Task", id)))
                .flatMap(this::view);
    }

    public Uni<Page<TaskSummary>> list(Caller caller, TaskFilter filter, PageParams page) {
        return queries.list(caller.tenantId(), filter, page).map(p -> p.map(TaskSummary::of));
    }

    /** Cancels at once when not started; asks the worker to stop when running; 409 when already finished. */
    public Uni<TaskView> cancel(Caller caller, UUID id) {
        return queries.cancel(caller.tenantId(), id, "cancelled by " + caller.name())
                .flatMap(cancelled -> cancelled.isPresent()
                        ? Uni.createFrom().item(cancelled.get())
                        : get(caller, id).map(existing -> {
                            throw ApiException.conflict("task-finished",
                                    "Task " + id + " already ended as " + existing.status());
                        }))
                .invoke(task -> audit.fire(caller.event("task.cancelled", task.id().toString(),
                        Map.of("type", task.type(), "status", task.status().label()))))
                .flatMap(this::view);
    }

    public List<TaskTypeView> submittableTypes() {
        return queue.handlers().types().stream()
                .filter(type -> queue.handlers().find(type).map(TaskHandler::submittable).orElse(false))
                .map(TaskTypeView::new).toList();
    }

    private NewTask toNewTask(Caller caller, TaskRequest request) {
        boolean submittable = queue.handlers().find(request.type()).map(TaskHandler::submittable).orElse(true);
        if (!submittable) {
            throw new InvalidTaskException("task-type-not-submittable",
                    "Tasks of type '" + request.type() + "' are started by the application, not through the API");
        }
        try {
            return NewTask.of(caller.tenantId(), request.type(), request.payload())
                    .withPriority(request.priority() == null ? null : TaskPriority.parse(request.priority()))
                    .withDependsOn(request.dependsOn(), request.onDependencyFailure() == null ? null
                            : DependencyFailure.parse(request.onDependencyFailure()))
                    .withMaxAttempts(request.maxAttempts())
                    .withRunAt(request.runAt() == null ? null : request.runAt().toInstant())
                    .withCreatedBy(caller.userId())
                    .withIdempotencyKey(request.idempotencyKey());
        } catch (InvalidTaskException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidTaskException("invalid-task", e.getMessage());
        }
    }

    private Uni<TaskView> view(TaskRecord task) {
        return queries.dependencies(task.id()).map(deps -> TaskView.of(task, deps, mapper));
    }

    /** The stored task and whether this request created it (false: an idempotency key matched). */
    public record Created(TaskView task, boolean created) {
    }
}
