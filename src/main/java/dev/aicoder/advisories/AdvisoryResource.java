package dev.aicoder.advisories;

import java.io.InputStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.aicoder.advisories.AdvisoryImportService.ImportResult;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/advisories")
@Tag(name = "advisories")
@SecurityRequirement(name = "bearer")
public class AdvisoryResource {

    @Inject
    AdvisoryImportService imports;

    @Inject
    AdvisoryStore store;

    @Inject
    CurrentUser current;

    @POST
    @Path("/import")
    @Blocking
    @RolesAllowed(Roles.PLATFORM_ADMIN)
    @Consumes({MediaType.APPLICATION_JSON, "application/zip", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import OSV advisories (one JSON advisory, a JSON array, or a zip of OSV files; offline; "
            + "platform admins only)")
    public ImportResult importAdvisories(InputStream body) {
        return imports.importAdvisories(current.caller(), body);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed(Roles.VIEWER)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One imported advisory, as its OSV JSON document")
    public Uni<String> get(@PathParam("id") String id) {
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,127}")) {
            throw ApiException.notFound("advisory", "with that id");
        }
        return store.document(id).map(d -> d.orElseThrow(() -> ApiException.notFound("advisory", id)));
    }
}
