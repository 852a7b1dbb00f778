package dev.aicoder.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import dev.aicoder.review.AiOutputs.Explanation;
import dev.aicoder.review.ReviewViews.AiResponse;
import dev.aicoder.review.ReviewViews.CodeRequest;
import io.smallrye.common.annotation.Blocking;

/** {@code POST /api/v1/explain}. */
@Path("/api/v1/explain")
@Tag(name = "review")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ExplainResource {

    private final CodeAssistService assist;
    private final CurrentUser current;

    public ExplainResource(CodeAssistService assist, CurrentUser current) {
        this.assist = assist;
        this.current = current;
    }

    @POST
    @Blocking
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Explain code: {code, filename?, language?, repository?} answered by the task's models")
    public AiResponse<Explanation> explain(@Valid @NotNull CodeRequest request) {
        return assist.explain(current.caller(), request);
    }
}
