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

/** {@code GET /api/v1/models}: the configured models with price and context size. */
@Path("/api/v1/models")
@Tag(name = "llm")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {

    private final LlmStatus status;
    private final CurrentUser current;

    public ModelsResource(LlmStatus status, CurrentUser current) {
        this.status = status;
        this.current = current;
    }

    @GET
    @Blocking
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Configured models: provider, price per million tokens, context size, availability")
    public LlmViews.ModelsResponse models() {
        return status.models(current.caller().tenantId());
    }
}
