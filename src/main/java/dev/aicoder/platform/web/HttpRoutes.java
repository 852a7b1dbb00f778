package dev.aicoder.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.MDC;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.aicoder.platform.error.ProblemDetail;
import dev.aicoder.platform.error.ProblemResponses;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * HTTP plumbing below the REST layer: request ids, early 413s as problem+json, and the seed-compatible aliases
 * {@code /health} and {@code /redoc}.
 */
@ApplicationScoped
public class HttpRoutes {

    @Inject
    ApiLimits limits;

    @Inject
    ObjectMapper mapper;

    void filters(@Observes Filters filters) {
        filters.register(this::assignRequestId, 1000);
        filters.register(this::rejectOversizedBody, 900);
    }

    void routes(@Observes Router router) {
        router.get("/health").handler(rc -> rc.reroute("/q/health"));
        router.get("/health/live").handler(rc -> rc.reroute("/q/health/live"));
        router.get("/health/ready").handler(rc -> rc.reroute("/q/health/ready"));
        router.get("/redoc").handler(rc -> rc.reroute("/redoc/index.html"));
    }

    private void assignRequestId(RoutingContext rc) {
        String id = RequestIds.fromHeaderOrNew(rc.request().getHeader(RequestIds.HEADER));
        // The request header is overwritten so that exception mappers read the same id the response carries.
        rc.request().headers().set(RequestIds.HEADER, id);
        rc.response().putHeader(RequestIds.HEADER, id);
        MDC.put("requestId", id);
        rc.next();
    }

    private void rejectOversizedBody(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            long limit = limits.maxBodyBytes(rc.request().getHeader(HttpHeaders.CONTENT_TYPE));
            try {
                if (Long.parseLong(length.trim()) > limit) {
                    tooLarge(rc, limit);
                    return;
                }
            } catch (NumberFormatException ignored) {
                // Vert.x answers a malformed Content-Length itself.
            }
        }
        rc.next();
    }

    private void tooLarge(RoutingContext rc, long limit) {
        ProblemDetail problem = ProblemResponses.body(413, "payload-too-large", "Payload too large",
                "The request body is larger than the limit of " + limit + " bytes for this content type", null,
                rc.request());
        try {
            rc.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, ProblemDetail.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(mapper.writeValueAsString(problem));
        } catch (Exception e) {
            rc.fail(413);
        }
    }
}
