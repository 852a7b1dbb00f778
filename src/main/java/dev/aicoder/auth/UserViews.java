package dev.aicoder.auth;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request and response bodies of the user endpoints; entities never leave the service layer. */
public final class UserViews {

    static final String ROLE_PATTERN = "admin|member|viewer";
    static final String ROLE_MESSAGE = "must be one of admin, member, viewer";

    private UserViews() {
    }

    public record UserView(UUID id, UUID tenantId, String email, String displayName, String role, boolean disabled,
            OffsetDateTime createdAt, OffsetDateTime lastLoginAt) {

        static UserView of(User u) {
            return new UserView(u.id, u.tenantId, u.email, u.displayName, u.role, u.disabled, u.createdAt,
                    u.lastLoginAt);
        }
    }

    public record MeView(UserView user, TenantViews.TenantView tenant, Set<String> roles) {
    }

    public record NewUser(@NotBlank @Email @Size(max = 320) String email,
            @NotBlank @Size(min = 12, max = 72, message = "must be 12 to 72 characters long") String password,
            @Pattern(regexp = ROLE_PATTERN, message = ROLE_MESSAGE) String role,
            @Size(max = 200) String displayName) {

        /** The requested role, {@code member} when none was given. */
        String roleOrDefault() {
            return role == null ? "member" : role;
        }

        @Override
        public String toString() {
            return "NewUser[email=" + email + ", role=" + role + "]";
        }
    }

    public record UserUpdate(@Pattern(regexp = ROLE_PATTERN, message = ROLE_MESSAGE) String role, Boolean disabled,
            @Size(max = 200) String displayName) {
    }

    public record PasswordChange(@NotBlank String currentPassword,
            @NotBlank @Size(min = 12, max = 72, message = "must be 12 to 72 characters long") String newPassword) {

        @Override
        public String toString() {
            return "PasswordChange[***]";
        }
    }
}
