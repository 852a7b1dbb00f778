package dev.aicoder.auth;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API token presented on a request, on its way to {@link ApiTokenIdentityProvider}. */
public class ApiTokenRequest extends BaseAuthenticationRequest {

    private final String token;

    public ApiTokenRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }

    @Override
    public String toString() {
        return "ApiTokenRequest[***]";
    }
}
