package dev.aicoder.llm;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import io.smallrye.common.annotation.Blocking;

/** {@code GET /api/v1/usage?group_by=&from=&to=}: tokens, cost, latency and outcomes from the ledger. */
@Path("/api/v1/usage")
@Tag(name = "llm")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    private final UsageLedger ledger;
    private final CurrentUser current;

    public UsageResource(UsageLedger ledger, CurrentUser current) {
        this.ledger = ledger;
        this.current = current;
    }

    @GET
    @Blocking
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "LLM usage and cost grouped by model, provider, task, user, repository, outcome or day; "
            + "dates are UTC days, from defaults to the first of this month, to to today")
    public LlmViews.UsageResponse usage(@QueryParam("group_by") String groupBy, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        LocalDate f = date("from", from);
        LocalDate t = date("to", to);
        String g = groupBy == null || groupBy.isBlank() ? "model" : groupBy;
        return new LlmViews.UsageResponse(g, from, to, ledger.summarise(current.caller().tenantId(), g, f, t));
    }

    private static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid-date", name + " must be a date like 2026-12-01");
        }
    }
}
