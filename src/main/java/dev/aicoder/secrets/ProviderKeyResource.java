package dev.aicoder.secrets;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;

import dev.aicoder.platform.security.CurrentUser;
import dev.aicoder.platform.security.Roles;
import dev.aicoder.secrets.ProviderKeyService.ProviderKeyStatus;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/providers/{name}/key")
@Tag(name = "providers")
@SecurityRequirement(name = "bearer")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProviderKeyResource {

    @Inject
    ProviderKeyService keys;

    @Inject
    CurrentUser current;

    /** Body of PUT: the key (for Ollama, its base URL). Its toString never shows the value. */
    public record KeyBody(@NotBlank @Size(min = 8, max = 4096) @Pattern(regexp = "\\S+", message = "must not contain "
            + "white space") String key) {
        @Override
        public String toString() {
            return "KeyBody[***]";
        }
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Store a provider key (write-only: it can never be read back)")
    public Uni<ProviderKeyStatus> put(@PathParam("name") String name, @Valid @NotNull KeyBody body) {
        return keys.put(current.caller(), name, body.key());
    }

    @GET
    @RolesAllowed(Roles.VIEWER)
    @Operation(summary = "Whether a key is set, and its last four characters")
    public Uni<ProviderKeyStatus> get(@PathParam("name") String name) {
        return keys.status(current.caller(), name);
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @ResponseStatus(204)
    @Operation(summary = "Remove a provider key")
    public Uni<Void> delete(@PathParam("name") String name) {
        return keys.delete(current.caller(), name);
    }
}
