package dev.aicoder.monitor;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.aicoder.monitor.AuditQueries.AuditView;
import dev.aicoder.monitor.AuditQueries.Filter;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.Caller;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import dev.aicoder.platform.web.Page;
import dev.aicoder.platform.web.PageParams;
import dev.aicoder.platform.web.QueryValues;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/audit")
@Tag(name = "monitoring")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditQueries audit;
    private final CurrentUser current;

    public AuditResource(AuditQueries audit, CurrentUser current) {
        this.audit = audit;
        this.current = current;
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Security-relevant actions in your organisation, newest first (platform admins also see "
            + "unattributed entries such as failed logins for unknown emails)")
    public Uni<Page<AuditView>> list(@QueryParam("action") String action, @QueryParam("actor") String actor,
            @QueryParam("outcome") String outcome, @QueryParam("target") String target,
            @QueryParam("from") String from, @QueryParam("to") String to, @BeanParam PageParams page) {
        Filter filter;
        try {
            filter = new Filter(action, actor, outcome, target, QueryValues.time(from), QueryValues.time(to));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid-filter", e.getMessage());
        }
        Caller caller = current.caller();
        return audit.list(caller.tenantId(), caller.hasRole(Roles.PLATFORM_ADMIN), filter, page);
    }
}
