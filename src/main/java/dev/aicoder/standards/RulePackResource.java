package dev.aicoder.standards;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.aicoder.architecture.FinishedScans;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/rules")
@Tag(name = "standards")
@SecurityRequirement(name = "bearer")
@Produces(MediaType.APPLICATION_JSON)
public class RulePackResource {

    private final RulePackService packs;
    private final CurrentUser current;

    public RulePackResource(RulePackService packs, CurrentUser current) {
        this.packs = packs;
        this.current = current;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Upload a YAML rule pack ({name, language?, yaml}) in the built-in rule format; it is "
            + "accepted (201) only if every query compiles and every example passes, and then runs in your "
            + "organisation's scans")
    public Uni<Response> upload(RulePackView.Upload body) {
        if (body == null) {
            throw ApiException.unprocessable("invalid-rule-pack", "send {name, language, yaml}");
        }
        return packs.upload(current.caller(), body.name(), body.language(), body.yaml()).map(RulePackResource::created);
    }

    @POST
    @Consumes({ "application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN })
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Upload a rule pack as a raw YAML body with ?name= and optional ?language=")
    public Uni<Response> uploadYaml(String yaml, @QueryParam("name") String name,
            @QueryParam("language") String language) {
        return packs.upload(current.caller(), name, language, yaml).map(RulePackResource::created);
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Your organisation's rule packs")
    public Uni<List<RulePackView>> list() {
        return packs.list(current.caller());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "One rule pack with its YAML")
    public Uni<RulePackView> get(@PathParam("id") String id) {
        return packs.get(current.caller(), FinishedScans.id(id, "Rule pack"));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Delete a rule pack; later scans no longer run its rules (204)")
    public Uni<Response> delete(@PathParam("id") String id) {
        return packs.delete(current.caller(), FinishedScans.id(id, "Rule pack")).map(x -> Response.noContent()
                .build());
    }

    private static Response created(RulePackView view) {
        return Response.created(URI.create("/api/v1/rules/" + view.id())).entity(view).build();
    }
}
