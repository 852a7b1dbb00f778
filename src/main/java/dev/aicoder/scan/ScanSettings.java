package dev.aicoder.scan;

import java.time.Duration;

/**
 * How the engine runs: worker threads (0 = one per core), the time budget of one file and of one workspace-wide
 * analyzer, and a salt that separates cache entries of differently configured installations (server, CLI).
 */
public record ScanSettings(int threads, Duration fileTimeout, Duration workspaceTimeout, String cacheSalt) {

    public ScanSettings {
        threads = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        fileTimeout = fileTimeout == null ? Duration.ofSeconds(30) : fileTimeout;
        workspaceTimeout = workspaceTimeout == null ? Duration.ofMinutes(10) : workspaceTimeout;
        cacheSalt = cacheSalt == null ? "" : cacheSalt;
    }

    public static ScanSettings defaults() {
        return new ScanSettings(0, null, null, null);
    }
}
