package dev.aicoder.auth;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;

@Path("/api/v1/auth")
@Tag(name = "auth")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Inject
    LoginService login;

    @POST
    @Path("/login")
    @PermitAll
    @Operation(summary = "Exchange email and password for a JWT",
            description = "Repeated failures lock the account (429 with Retry-After); see docs/security.md.")
    public Uni<TokenResponse> login(@Valid @NotNull LoginRequest request, HttpServerRequest http) {
        return login.login(request, http.remoteAddress() == null ? "unknown" : http.remoteAddress().host());
    }
}
