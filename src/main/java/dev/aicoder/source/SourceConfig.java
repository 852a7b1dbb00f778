package dev.aicoder.source;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Intake of source code ({@code aicoder.source.*}): workspace, archive, git and server-folder limits. */
@ConfigMapping(prefix = "aicoder.source")
public interface SourceConfig {

    /** Where archives are unpacked and repositories cloned; default {@code <java.io.tmpdir>/aicoder-work}. */
    Optional<Path> workDir();

    /** Files larger than this are skipped as {@code too-large} (lockfiles may be 16 times larger). */
    @WithDefault("4M")
    MemorySize maxFileSize();

    /** At most this many files are analysed per scan; the rest are skipped as {@code too-many-files}. */
    @WithDefault("200000")
    int maxFiles();

    /** A code line longer than this marks the file as minified. */
    @WithDefault("3000")
    int minifiedLineLength();

    Archive archive();

    Git git();

    Directory directory();

    /** Archive bomb limits. */
    interface Archive {
        /** Largest total unpacked size. */
        @WithDefault("1G")
        MemorySize maxUnpacked();

        /** Most entries (files and folders). */
        @WithDefault("100000")
        int maxEntries();

        /** Largest unpacked-to-packed size ratio (checked once past 1 MB). */
        @WithDefault("100")
        int maxRatio();

        /** Deepest folder nesting of an entry. */
        @WithDefault("64")
        int maxDepth();
    }

    /** Git clones. */
    interface Git {
        /** Timeout of each network operation of a clone. */
        @WithDefault("PT5M")
        Duration timeout();

        /** Allow hosts that are loopback, private or link-local (self-hosted installs with an internal git server). */
        @WithDefault("false")
        boolean allowPrivateHosts();

        /** Allowed URL schemes; {@code https} only by default. */
        @WithDefault("https")
        List<String> schemes();
    }

    /** Scanning folders of the server (self-hosted only). */
    interface Directory {
        /** Whether {@code {"path": ...}} scans are allowed at all. */
        @WithDefault("false")
        boolean enabled();

        /** Folders below which scans are allowed. */
        Optional<List<Path>> allowedRoots();
    }
}
