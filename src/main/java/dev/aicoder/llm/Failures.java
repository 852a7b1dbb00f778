package dev.aicoder.llm;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;

/** Sorts provider failures into what the router does about them. */
final class Failures {

    enum Kind {
        /** 429: fail over now, skip the model for its Retry-After. */
        RATE_LIMITED("rate_limited"),
        /** timeout, 5xx, connection failure: retry with backoff, then fail over; counts for the circuit breaker. */
        TRANSIENT("server_error"),
        TIMEOUT("timeout"),
        /** 401/403: the key is wrong; fail over. */
        AUTH("auth_error"),
        /** anything else from the provider (400, 404...): fail over. */
        OTHER("error");

        final String outcome;

        Kind(String outcome) {
            this.outcome = outcome;
        }
    }

    private Failures() {
    }

    static Kind classify(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h) {
                int s = h.statusCode();
                return s == 429 ? Kind.RATE_LIMITED : s >= 500 ? Kind.TRANSIENT
                        : s == 401 || s == 403 ? Kind.AUTH : s == 408 ? Kind.TIMEOUT : Kind.OTHER;
            }
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return Kind.TIMEOUT;
            }
            if (t instanceof RateLimitException) {
                return Kind.RATE_LIMITED;
            }
            if (t instanceof InternalServerException) {
                return Kind.TRANSIENT;
            }
            if (t instanceof AuthenticationException) {
                return Kind.AUTH;
            }
        }
        return Kind.OTHER;
    }

    static boolean retriable(Throwable e) {
        Kind k = classify(e);
        return k == Kind.TRANSIENT || k == Kind.TIMEOUT;
    }

    static Optional<Duration> retryAfter(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ProviderHttpException p) {
                return p.retryAfter();
            }
        }
        return Optional.empty();
    }

    /** A short description for the ledger and GET /providers: never a body (it may echo the prompt) or a key. */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof HttpException h) {
                return "HTTP " + h.statusCode();
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
