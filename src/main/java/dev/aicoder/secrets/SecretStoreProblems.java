package dev.aicoder.secrets;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.aicoder.platform.error.ApiException;
import dev.aicoder.platform.error.ProblemResponses;
import io.vertx.core.http.HttpServerRequest;

/** A secret store failure is the server's problem, not the caller's: 503 with a message that names no value. */
public class SecretStoreProblems {

    private static final Logger LOG = Logger.getLogger(SecretStoreProblems.class);

    @ServerExceptionMapper
    public Response unavailable(SecretStoreException e, HttpServerRequest request) {
        LOG.warnf(e, "Secret store failure");
        return ProblemResponses.of(ApiException.unavailable("secret-store-unavailable", e.getMessage()), request);
    }
}
