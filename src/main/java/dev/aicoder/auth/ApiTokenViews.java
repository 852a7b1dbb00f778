package dev.aicoder.auth;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class ApiTokenViews {

    private ApiTokenViews() {
    }

    /** A token as listed: never the token itself. */
    public record ApiTokenView(UUID id, String name, String prefix, String role, OffsetDateTime createdAt,
            OffsetDateTime expiresAt, OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
        static ApiTokenView of(ApiToken t) {
            return new ApiTokenView(t.id, t.name, t.prefix, t.role, t.createdAt, t.expiresAt, t.lastUsedAt,
                    t.revokedAt);
        }
    }

    /** {@code role} defaults to the caller's own role and may not exceed it. */
    public record NewApiToken(@NotBlank @Size(max = 100) String name,
            @Pattern(regexp = UserViews.ROLE_PATTERN, message = UserViews.ROLE_MESSAGE) String role,
            @Min(1) @Max(3650) Integer expiresInDays) {
    }

    /** The one response that carries the token; store it now, it cannot be shown again. */
    public record CreatedApiToken(UUID id, String name, String token, String prefix, String role,
            OffsetDateTime expiresAt) {

        @Override
        public String toString() {
            return "CreatedApiToken[id=" + id + ", prefix=" + prefix + "]";
        }
    }
}
