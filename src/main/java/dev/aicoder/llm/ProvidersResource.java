package dev.aicoder.llm;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import io.smallrye.common.annotation.Blocking;

/** {@code GET /api/v1/providers}: configured, healthy, latency and last error per provider (never a key). */
@Path("/api/v1/providers")
@Tag(name = "providers")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ProvidersResource {

    private final LlmStatus status;
    private final CurrentUser current;

    public ProvidersResource(LlmStatus status, CurrentUser current) {
        this.status = status;
        this.current = current;
    }

    @GET
    @Blocking
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Providers of the caller's tenant: configured, healthy, latency, last error")
    public LlmViews.ProvidersResponse providers() {
        return status.providers(current.caller().tenantId());
    }
}
