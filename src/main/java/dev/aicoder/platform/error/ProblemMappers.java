package dev.aicoder.platform.error;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import dev.aicoder.platform.web.RequestIds;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;

/**
 * Turns every exception that leaves a resource into problem+json. Messages from parsers are never echoed: they can
 * contain the request body, which can contain secrets.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response api(ApiException e, HttpServerRequest request) {
        return ProblemResponses.of(e, request);
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, HttpServerRequest request) {
        return ProblemResponses.of(new ApiException(404, "not-found", "Not found",
                "No resource at " + request.path()), request);
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, HttpServerRequest request) {
        return ProblemResponses.of(new ApiException(405, "method-not-allowed", "Method not allowed",
                request.method() + " is not supported on " + request.path()), request);
    }

    @ServerExceptionMapper
    public Response unsupportedMedia(NotSupportedException e, HttpServerRequest request) {
        return ProblemResponses.of(new ApiException(415, "unsupported-media-type", "Unsupported media type",
                "Content-Type " + request.getHeader("Content-Type") + " is not accepted here"), request);
    }

    @ServerExceptionMapper
    public Response notAcceptable(NotAcceptableException e, HttpServerRequest request) {
        return ProblemResponses.of(new ApiException(406, "not-acceptable", "Not acceptable",
                "None of the requested media types can be produced"), request);
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException cause) {
            return json(cause, request);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "Request %s failed", RequestIds.of(request));
        }
        Response.Status.Family family = Response.Status.Family.familyOf(status);
        String title = Response.Status.fromStatusCode(status) != null
                ? Response.Status.fromStatusCode(status).getReasonPhrase()
                : family.name();
        String detail = status == 413 ? "The request body is larger than allowed" : title;
        return ProblemResponses.of(new ApiException(status, slug(title), title, detail), request);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        boolean returnValue = e.getConstraintViolations().stream().anyMatch(ProblemMappers::isReturnValue);
        if (returnValue) {
            LOG.errorf("Request %s produced an invalid response: %s", RequestIds.of(request), e.getMessage());
            return internal(request);
        }
        List<ProblemDetail.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new ProblemDetail.FieldError(fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return ProblemResponses.of(new ApiException(422, "validation-failed", "Validation failed", detail, errors,
                null), request);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e, HttpServerRequest request) {
        String field = jsonPath(e);
        return ProblemResponses.of(new ApiException(400, "unknown-field", "Unknown field",
                "Field '" + field + "' is not part of this request", List.of(
                        new ProblemDetail.FieldError(field, "unknown field")),
                null), request);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpServerRequest request) {
        return mismatched(e, request);
    }

    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        String field = jsonPath(e);
        String detail = field.isEmpty()
                ? "The request body does not have the expected shape"
                : "Field '" + field + "' has the wrong type or format";
        return ProblemResponses.of(new ApiException(400, "invalid-json", "Invalid JSON", detail,
                field.isEmpty() ? List.of() : List.of(new ProblemDetail.FieldError(field, "wrong type or format")),
                null), request);
    }

    @ServerExceptionMapper
    public Response malformed(JsonParseException e, HttpServerRequest request) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        return ProblemResponses.of(new ApiException(400, "malformed-json", "Malformed JSON",
                "The request body is not valid JSON" + where), request);
    }

    /** Jackson wraps parse errors in mapping errors and vice versa; answer for the most telling one. */
    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParseException parse) {
                return malformed(parse, request);
            }
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown, request);
        }
        if (e instanceof MismatchedInputException mismatch) {
            return mismatched(mismatch, request);
        }
        return ProblemResponses.of(new ApiException(400, "invalid-json", "Invalid JSON",
                "The request body could not be read as JSON"), request);
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class,
            AuthenticationCompletionException.class })
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        return ProblemResponses.of(ApiException.unauthorized("A valid bearer token is required"), request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return ProblemResponses.of(ApiException.forbidden("Your role does not allow this action"), request);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        LOG.errorf(e, "Request %s failed", RequestIds.of(request));
        return internal(request);
    }

    private static Response internal(HttpServerRequest request) {
        return ProblemResponses.of(new ApiException(500, "internal-error", "Internal error",
                "The server could not complete the request; quote the request id when reporting it"), request);
    }

    private static boolean isReturnValue(ConstraintViolation<?> violation) {
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /**
     * The field as the client sees it: the JSON property path inside a body, or the name of a query/path parameter.
     * Bean validation puts the method and parameter in front, which mean nothing to the client.
     */
    static String fieldName(Path path) {
        String parameter = "";
        StringBuilder properties = new StringBuilder();
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (properties.length() > 0) {
                        properties.append('.');
                    }
                    properties.append(snakeCase(node.getName()));
                    if (node.getIndex() != null) {
                        properties.append('[').append(node.getIndex()).append(']');
                    }
                }
                default -> {
                }
            }
        }
        return properties.length() > 0 ? properties.toString() : snakeCase(parameter);
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    static String snakeCase(String name) {
        return name == null ? "" : name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
