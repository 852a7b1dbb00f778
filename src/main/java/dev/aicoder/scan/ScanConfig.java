package dev.aicoder.scan;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The scan engine on the server ({@code aicoder.scan.*}). */
@ConfigMapping(prefix = "aicoder.scan")
public interface ScanConfig {

    /** Analysis threads per scan; 0 means one per core. */
    @WithDefault("0")
    int threads();

    /** Time budget of one file; a file over it is skipped as {@code timeout}. */
    @WithDefault("PT30S")
    Duration fileTimeout();

    /** Time budget of one workspace-wide analyzer (PMD, duplicates, dependencies...). */
    @WithDefault("PT10M")
    Duration workspaceTimeout();

    /** Largest code of a synchronous {@code /analyze} request, in characters. */
    @WithDefault("1000000")
    int analyzeMaxChars();

    Cache cache();

    /** The content-hash result cache. */
    interface Cache {
        /** Whether results are reused for unchanged files. */
        @WithDefault("true")
        boolean enabled();

        /** Folder of the cache; default {@code <aicoder.home>/cache/scan}. */
        Optional<Path> dir();

        /** Size above which least recently used entries are deleted (checked daily). */
        @WithDefault("2G")
        MemorySize maxSize();
    }
}
