package dev.aicoder.auth;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public final class TenantViews {

    private TenantViews() {
    }

    public record TenantView(UUID id, String name, String slug, boolean platform, OffsetDateTime createdAt) {
        static TenantView of(Tenant t) {
            return new TenantView(t.id, t.name, t.slug, t.platform, t.createdAt);
        }
    }

    /** A new organisation together with its first admin. */
    public record NewTenant(@NotBlank @Size(max = 200) String name,
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}[a-z0-9]",
                    message = "must be 3 to 64 lower-case letters, digits or dashes") String slug,
            @NotNull @Valid UserViews.NewUser admin) {
    }

    public record CreatedTenant(TenantView tenant, UserViews.UserView admin) {
    }
}
