package dev.aicoder.platform.error;

import java.util.List;

import jakarta.ws.rs.core.Response.Status;

/**
 * A failure with a stable problem type, rendered as RFC 7807 {@code application/problem+json}. The detail must be
 * safe to show to the caller: never a secret, a stack trace or another tenant's data.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<ProblemDetail.FieldError> errors;
    private final Long retryAfterSeconds;

    public ApiException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of(), null);
    }

    public ApiException(int status, String type, String title, String detail, List<ProblemDetail.FieldError> errors,
            Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 404 for a missing object, also used when the object belongs to another tenant so its existence never leaks. */
    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, "not-found", "Not found", what + " " + id + " does not exist");
    }

    public static ApiException badRequest(String type, String detail) {
        return new ApiException(400, type, "Bad request", detail);
    }

    public static ApiException conflict(String type, String detail) {
        return new ApiException(409, type, "Conflict", detail);
    }

    public static ApiException unprocessable(String type, String detail) {
        return new ApiException(422, type, "Unprocessable request", detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(Status.FORBIDDEN.getStatusCode(), "forbidden", "Forbidden", detail);
    }

    public static ApiException unauthorized(String detail) {
        return new ApiException(401, "unauthorized", "Unauthorized", detail);
    }

    public static ApiException tooManyRequests(String type, String detail, long retryAfterSeconds) {
        return new ApiException(429, type, "Too many requests", detail, List.of(), retryAfterSeconds);
    }

    public static ApiException unavailable(String type, String detail) {
        return new ApiException(503, type, "Service unavailable", detail);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<ProblemDetail.FieldError> errors() {
        return errors;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
