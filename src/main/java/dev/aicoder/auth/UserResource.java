package dev.aicoder.auth;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import dev.aicoder.auth.UserViews.MeView;
import dev.aicoder.auth.UserViews.NewUser;
import dev.aicoder.auth.UserViews.PasswordChange;
import dev.aicoder.auth.UserViews.UserUpdate;
import dev.aicoder.auth.UserViews.UserView;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/users")
@Tag(name = "users")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserService users;

    @Inject
    CurrentUser current;

    @GET
    @Path("/me")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "The calling user, their tenant and roles")
    public Uni<MeView> me() {
        return users.me(current.caller());
    }

    @PUT
    @Path("/me/password")
    @RolesAllowed(Roles.VIEWER)
    @ResponseStatus(204)
    @Operation(summary = "Change your own password (requires the current one)")
    public Uni<Void> changePassword(@Valid @NotNull PasswordChange request) {
        return users.changePassword(current.caller(), request);
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Users of your tenant")
    public Uni<Page<UserView>> list(@BeanParam PageParams page) {
        return users.list(current.caller(), page);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @ResponseStatus(201)
    @Operation(summary = "Create a user in your tenant")
    public Uni<UserView> create(@Valid @NotNull NewUser request) {
        return users.create(current.caller(), request);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<UserView> get(@PathParam("id") UUID id) {
        return users.get(current.caller(), id);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Change a user's role, display name or disabled flag")
    public Uni<UserView> update(@PathParam("id") UUID id, @Valid @NotNull UserUpdate request) {
        return users.update(current.caller(), id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @ResponseStatus(204)
    public Uni<Void> delete(@PathParam("id") UUID id) {
        return users.delete(current.caller(), id);
    }
}
