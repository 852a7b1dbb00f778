package dev.aicoder.llm;

import java.time.Duration;
import java.util.Optional;

import dev.langchain4j.exception.HttpException;

/** A provider's non-2xx answer, with its Retry-After (which langchain4j's own exception does not keep). */
public class ProviderHttpException extends HttpException {

    private final transient Duration retryAfter;

    public ProviderHttpException(int status, String body, Duration retryAfter) {
        super(status, body);
        this.retryAfter = retryAfter;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
