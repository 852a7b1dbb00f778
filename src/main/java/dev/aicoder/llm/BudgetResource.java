package dev.aicoder.llm;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import io.smallrye.common.annotation.Blocking;

/** {@code /api/v1/budgets}: LLM spending limits of the caller's tenant (daily/monthly, tenant or repository). */
@Path("/api/v1/budgets")
@Tag(name = "llm")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    private final Budgets budgets;
    private final CurrentUser current;

    public BudgetResource(Budgets budgets, CurrentUser current) {
        this.budgets = budgets;
        this.current = current;
    }

    @GET
    @Blocking
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Budgets with what has been spent or reserved in the current period")
    public LlmViews.BudgetsResponse list() {
        return new LlmViews.BudgetsResponse(budgets.list(current.caller().tenantId()));
    }

    @PUT
    @Blocking
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Set a daily or monthly limit in USD for the tenant or one repository")
    public LlmViews.BudgetsResponse set(@Valid @NotNull LlmViews.BudgetRequest request) {
        var caller = current.caller();
        budgets.set(caller.tenantId(), request.repository(), request.period(), request.limitUsd());
        return new LlmViews.BudgetsResponse(budgets.list(caller.tenantId()));
    }

    @DELETE
    @Blocking
    @ResponseStatus(204)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Remove a budget")
    public void delete(@QueryParam("repository") String repository, @QueryParam("period") String period) {
        if (!budgets.delete(current.caller().tenantId(), repository, period)) {
            throw ApiException.notFound("Budget", (repository == null || repository.isEmpty() ? "tenant" : repository)
                    + "/" + period);
        }
    }
}
