package dev.aicoder.platform.error;

import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import dev.aicoder.platform.web.RequestIds;
import io.vertx.core.http.HttpServerRequest;

/** Builds problem+json responses; the single place that knows the wire shape of an error. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Response of(ApiException e, HttpServerRequest request) {
        Response.ResponseBuilder builder = Response.status(e.status())
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(body(e.status(), e.type(), e.title(), e.getMessage(), e.errors(), request));
        if (e.retryAfterSeconds() != null) {
            builder.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
        }
        if (e.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        return builder.build();
    }

    public static ProblemDetail body(int status, String type, String title, String detail,
            List<ProblemDetail.FieldError> errors, HttpServerRequest request) {
        String path = request == null ? null : request.path();
        String requestId = request == null ? null : RequestIds.of(request);
        return new ProblemDetail(ProblemDetail.TYPE_BASE + type, title, status, detail, path, requestId, errors);
    }
}
