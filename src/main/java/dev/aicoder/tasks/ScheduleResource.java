package dev.aicoder.tasks;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import dev.aicoder.tasks.ScheduleViews.ScheduleRequest;
import dev.aicoder.tasks.ScheduleViews.ScheduleUpdate;
import dev.aicoder.tasks.ScheduleViews.ScheduleView;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/schedules")
@Tag(name = "tasks")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ScheduleResource {

    private final ScheduleService schedules;
    private final CurrentUser current;

    public ScheduleResource(ScheduleService schedules, CurrentUser current) {
        this.schedules = schedules;
        this.current = current;
    }

    @POST
    @RolesAllowed(Roles.MEMBER)
    @ResponseStatus(201)
    @Operation(summary = "Run a task type on a cron schedule for a repository (e.g. a nightly scan)")
    public Uni<ScheduleView> create(@Valid @NotNull ScheduleRequest request) {
        return schedules.create(current.caller(), request);
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Schedules of your organisation, optionally of one repository")
    public Uni<Page<ScheduleView>> list(@QueryParam("repository") String repository, @BeanParam PageParams page) {
        return schedules.list(current.caller(), repository, page);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    public Uni<ScheduleView> get(@PathParam("id") UUID id) {
        return schedules.get(current.caller(), id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Change the cron, time zone, payload, priority or enabled flag")
    public Uni<ScheduleView> update(@PathParam("id") UUID id, @Valid @NotNull ScheduleUpdate update) {
        return schedules.update(current.caller(), id, update);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.MEMBER)
    @ResponseStatus(204)
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return schedules.delete(current.caller(), id);
    }
}
