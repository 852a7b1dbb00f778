package dev.aicoder.platform.web;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;

/** Request size limits: small for JSON, large enough for source archives on multipart uploads. */
@ApplicationScoped
public class ApiLimits {

    /** Largest JSON (or other non-upload) request body. */
    @ConfigProperty(name = "aicoder.api.max-json-body", defaultValue = "2M")
    MemorySize maxJsonBody;

    /** Largest upload (multipart, zip, tar.gz); must not exceed quarkus.http.limits.max-body-size. */
    @ConfigProperty(name = "aicoder.api.max-upload-body", defaultValue = "200M")
    MemorySize maxUploadBody;

    public long maxBodyBytes(String contentType) {
        boolean upload = contentType != null && (contentType.startsWith("multipart/")
                || contentType.startsWith("application/zip")
                || contentType.startsWith("application/gzip")
                || contentType.startsWith("application/x-gzip")
                || contentType.startsWith("application/octet-stream"));
        return upload ? maxUploadBody.asLongValue() : maxJsonBody.asLongValue();
    }
}
