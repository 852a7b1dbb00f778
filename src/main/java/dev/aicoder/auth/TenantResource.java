package dev.aicoder.auth;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import dev.aicoder.auth.TenantViews.CreatedTenant;
import dev.aicoder.auth.TenantViews.NewTenant;
import dev.aicoder.auth.TenantViews.TenantView;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/tenants")
@Tag(name = "tenants")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantService tenants;

    @Inject
    CurrentUser current;

    @GET
    @Path("/current")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Your organisation")
    public Uni<TenantView> current() {
        return tenants.current(current.caller());
    }

    @GET
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Operation(summary = "All organisations (platform admins only)")
    public Uni<Page<TenantView>> list(@BeanParam PageParams page) {
        return tenants.list(page);
    }

    @POST
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @ResponseStatus(201)
    @Operation(summary = "Create an organisation with its first admin (platform admins only)")
    public Uni<CreatedTenant> create(@Valid @NotNull NewTenant request) {
        return tenants.create(current.caller(), request);
    }
}
