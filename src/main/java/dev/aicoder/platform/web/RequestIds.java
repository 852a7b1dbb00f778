package dev.aicoder.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import io.vertx.core.http.HttpServerRequest;

/** The id that ties a request to its logs: the caller's {@code X-Request-Id} when it is sane, else a new UUID. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    static final String CONTEXT_KEY = "aicoder.request-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    static String fromHeaderOrNew(String header) {
        return header != null && SANE.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }

    /** The id assigned to this request by {@link RequestIdFilter}, or a best-effort value outside of it. */
    public static String of(HttpServerRequest request) {
        if (request == null) {
            return null;
        }
        return request.getHeader(HEADER);
    }
}
