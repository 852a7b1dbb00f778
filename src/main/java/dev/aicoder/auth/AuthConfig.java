package dev.aicoder.auth;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Authentication settings ({@code aicoder.auth.*}). */
@ConfigMapping(prefix = "aicoder.auth")
public interface AuthConfig {

    /** Issuer written into and required of every JWT; keep equal to {@code mp.jwt.verify.issuer}. */
    @WithDefault("https://aicoder.local")
    String issuer();

    /** Lifetime of a login JWT. */
    @WithDefault("PT1H")
    Duration tokenTtl();

    /** bcrypt cost factor for new password hashes (each step doubles the work). */
    @WithDefault("11")
    int bcryptCost();

    /** Failed logins in a row after which an account is locked. */
    @WithDefault("5")
    int maxFailedLogins();

    /** How long a locked account stays locked. */
    @WithDefault("PT15M")
    Duration lockout();

    /** Failed logins from one IP address within {@link #ipWindow()} after which that address gets 429s. */
    @WithDefault("20")
    int ipMaxFailures();

    @WithDefault("PT15M")
    Duration ipWindow();

    /** Longest lifetime a client may ask for on an API token; tokens without an expiry are allowed when absent. */
    Optional<Duration> apiTokenMaxTtl();

    Bootstrap bootstrap();

    /** The first admin, created when the database has no user at all. */
    interface Bootstrap {
        /** Email (login name) of the first admin. */
        @WithDefault("admin@aicoder.local")
        String email();

        /** Password of the first admin; when absent a random one is generated and printed once on the console. */
        Optional<String> password();

        /** Name of the platform tenant the first admin belongs to. */
        @WithDefault("Default")
        String tenantName();
    }
}
