package dev.aicoder.auth;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import dev.aicoder.auth.ApiTokenViews.ApiTokenView;
import dev.aicoder.auth.ApiTokenViews.CreatedApiToken;
import dev.aicoder.auth.ApiTokenViews.NewApiToken;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/tokens")
@Tag(name = "api tokens")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.VIEWER)
public class ApiTokenResource {

    @Inject
    ApiTokenService tokens;

    @Inject
    CurrentUser current;

    @POST
    @ResponseStatus(201)
    @Operation(summary = "Create a long-lived API token for CI; the token is in this response only")
    public Uni<CreatedApiToken> create(@Valid @NotNull NewApiToken request) {
        return tokens.create(current.caller(), request);
    }

    @GET
    @Operation(summary = "Your API tokens (without their values)")
    public Uni<List<ApiTokenView>> list() {
        return tokens.list(current.caller());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke one of your API tokens")
    public Uni<ApiTokenView> revoke(@PathParam("id") UUID id) {
        return tokens.revoke(current.caller(), id);
    }
}
