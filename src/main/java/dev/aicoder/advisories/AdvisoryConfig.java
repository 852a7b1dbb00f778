package dev.aicoder.advisories;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Vulnerability advisories for the dependency analyzer (issue 4). */
@ConfigMapping(prefix = "aicoder.advisories")
public interface AdvisoryConfig {

    /** Longest a scan waits for the advisories of its packages from PostgreSQL. */
    @WithDefault("PT60S")
    Duration lookupTimeout();

    OsvApi osvApi();

    Import importing();

    /** The public OSV query API, asked in addition to the imported advisories. Off by default (offline). */
    interface OsvApi {
        /** Whether scans also ask the OSV API ({@code POST /v1/querybatch}); needs outbound HTTPS. */
        @WithDefault("false")
        boolean enabled();

        /** Base URL of the OSV API. */
        @WithDefault("https://api.osv.dev")
        URI url();

        /** Time limit of each call. */
        @WithDefault("PT20S")
        Duration timeout();
    }

    /** Limits of {@code POST /api/v1/advisories/import}. */
    interface Import {
        /** Most bytes an upload may expand to (JSON, or all entries of a zip together). */
        @WithDefault("2147483648")
        long maxBytes();

        /** Most bytes of one file inside a zip. */
        @WithDefault("33554432")
        long maxEntryBytes();

        /** Most JSON files in a zip. */
        @WithDefault("1000000")
        int maxEntries();

        /** Advisories written per transaction. */
        @WithDefault("500")
        int batchSize();
    }
}
