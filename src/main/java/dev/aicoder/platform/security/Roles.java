package dev.aicoder.platform.security;

import java.util.Set;

/**
 * Role names as they appear in JWT groups and {@code @RolesAllowed}. Roles nest: an admin also holds member and
 * viewer, a member also holds viewer, so endpoints name the least role they need.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String MEMBER = "member";
    public static final String VIEWER = "viewer";
    /** Held by admins of the platform tenant: may create and list tenants. */
    public static final String PLATFORM_ADMIN = "platform-admin";

    private Roles() {
    }

    public static Set<String> impliedBy(String role) {
        return switch (role) {
            case ADMIN -> Set.of(ADMIN, MEMBER, VIEWER);
            case MEMBER -> Set.of(MEMBER, VIEWER);
            case VIEWER -> Set.of(VIEWER);
            default -> throw new IllegalArgumentException("unknown role " + role);
        };
    }

    public static boolean isValid(String role) {
        return ADMIN.equals(role) || MEMBER.equals(role) || VIEWER.equals(role);
    }

    /** Whether {@code held} is at least as strong as {@code wanted}. */
    public static boolean covers(String held, String wanted) {
        return impliedBy(held).contains(wanted);
    }
}
