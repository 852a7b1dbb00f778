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
import dev.aicoder.review.ReviewViews.ReviewRequest;
import dev.aicoder.review.ReviewViews.ReviewResponse;
import io.smallrye.common.annotation.Blocking;

/** {@code POST /api/v1/review}: static plus AI review of a file or a unified diff. */
@Path("/api/v1/review")
@Tag(name = "review")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    private final ReviewService reviews;
    private final CurrentUser current;

    public ReviewResource(ReviewService reviews, CurrentUser current) {
        this.reviews = reviews;
        this.current = current;
    }

    @POST
    @Blocking
    @RolesAllowed(Roles.MEMBER)
    @Operation(summary = "Review {code, filename?, language?} or {diff}: static and AI findings merged")
    public ReviewResponse review(@Valid @NotNull ReviewRequest request) {
        return reviews.review(current.caller(), request);
    }
}
