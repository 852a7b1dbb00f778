package dev.aicoder.auth;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person who signs in. The email is unique across tenants, so login needs no tenant name. */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    public UUID id;

    @Column(name = "tenant_id")
    public UUID tenantId;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Column(name = "password_hash")
    public String passwordHash;

    public String role;

    public boolean disabled;

    @Column(name = "failed_logins")
    public int failedLogins;

    @Column(name = "locked_until")
    public OffsetDateTime lockedUntil;

    @Column(name = "last_login_at")
    public OffsetDateTime lastLoginAt;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    public static User create(UUID tenantId, String email, String displayName, String passwordHash, String role) {
        User u = new User();
        u.id = UUID.randomUUID();
        u.tenantId = tenantId;
        u.email = email.trim().toLowerCase();
        u.displayName = displayName;
        u.passwordHash = passwordHash;
        u.role = role;
        u.createdAt = OffsetDateTime.now();
        return u;
    }

    public boolean isLocked(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
