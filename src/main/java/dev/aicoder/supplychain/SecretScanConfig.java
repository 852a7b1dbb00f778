package dev.aicoder.supplychain;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Secret detection on the server (issue 4). The built-in rules need no configuration. */
@ConfigMapping(prefix = "aicoder.secret-scan")
public interface SecretScanConfig {

    /** Most commits the history scan ({@code secrets.history=true}) walks per scan. */
    @WithDefault("10000")
    int historyMaxCommits();

    Verify verify();

    /** Live verification of found keys with their provider. Off by default; scans opt in with secrets.verify=true. */
    interface Verify {
        /** Whether verifiers are available at all; when false, {@code secrets.verify=true} does nothing. */
        @WithDefault("false")
        boolean enabled();

        /** GitHub API base URL used to check GitHub tokens ({@code GET /user}); GitHub Enterprise: its API URL. */
        @WithDefault("https://api.github.com")
        URI githubUrl();

        /** Time limit of one verification call. */
        @WithDefault("PT5S")
        Duration timeout();
    }
}
