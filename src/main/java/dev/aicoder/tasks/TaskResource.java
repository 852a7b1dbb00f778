package dev.aicoder.tasks;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import dev.aicoder.platform.web.QueryValues;
import dev.aicoder.tasks.TaskViews.TaskRequest;
import dev.aicoder.tasks.TaskViews.TaskSummary;
import dev.aicoder.tasks.TaskViews.TaskTypeView;
import dev.aicoder.tasks.TaskViews.TaskView;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/tasks")
@Tag(name = "tasks")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {

    private final TaskService tasks;
    private final CurrentUser current;

    public TaskResource(TaskService tasks, CurrentUser current) {
        this.tasks = tasks;
        this.current = current;
    }

    @POST
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Schedule a task (202); with an idempotency_key seen before, the existing task (200)")
    public Uni<Response> submit(@Valid @NotNull TaskRequest request) {
        return tasks.submit(current.caller(), request).map(created -> Response
                .status(created.created() ? Response.Status.ACCEPTED : Response.Status.OK)
                .location(URI.create("/api/v1/tasks/" + created.task().id()))
                .entity(created.task()).build());
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Tasks of your organisation, newest first, with filters")
    public Uni<Page<TaskSummary>> list(@QueryParam("status") List<String> status, @QueryParam("type") String type,
            @QueryParam("priority") String priority, @QueryParam("schedule_id") String scheduleId,
            @QueryParam("created_after") String createdAfter, @QueryParam("created_before") String createdBefore,
            @BeanParam PageParams page) {
        return tasks.list(current.caller(), filter(status, type, priority, scheduleId, createdAfter, createdBefore),
                page);
    }

    @GET
    @Path("/types")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Task types you may submit")
    public List<TaskTypeView> types() {
        return tasks.submittableTypes();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "A task with its progress, payload, result or error")
    public Uni<TaskView> get(@PathParam("id") UUID id) {
        return tasks.get(current.caller(), id);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.MEMBER)
    @ResponseStatus(202)
    @Operation(summary = "Cancel a task: at once when not started, cooperatively when running; 409 when ended")
    public Uni<TaskView> cancel(@PathParam("id") UUID id) {
        return tasks.cancel(current.caller(), id);
    }

    private static TaskFilter filter(List<String> status, String type, String priority, String scheduleId,
            String createdAfter, String createdBefore) {
        try {
            List<TaskStatus> statuses = status == null ? List.of() : status.stream()
                    .flatMap(s -> Arrays.stream(s.split(","))).filter(s -> !s.isBlank())
                    .map(TaskStatus::parse).toList();
            return new TaskFilter(statuses, type, priority == null ? null : TaskPriority.parse(priority),
                    scheduleId == null ? null : UUID.fromString(scheduleId), QueryValues.time(createdAfter),
                    QueryValues.time(createdBefore));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-filter", e.getMessage());
        }
    }
}
