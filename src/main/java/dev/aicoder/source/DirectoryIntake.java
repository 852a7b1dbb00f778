package dev.aicoder.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A folder on the server, for self-hosted installs only: refused unless enabled, and only below one of the
 * allow-listed roots (compared after resolving links, so a link cannot lead outside). Scanned in place, read-only.
 */
public final class DirectoryIntake {

    private final boolean enabled;
    private final List<Path> allowedRoots;
    private final WorkspaceBuilder builder;

    public DirectoryIntake(boolean enabled, List<Path> allowedRoots, WorkspaceBuilder builder) {
        this.enabled = enabled;
        this.allowedRoots = allowedRoots;
        this.builder = builder;
    }

    /** The folder's real path, checked; throws {@link IntakeException} when not allowed or missing. */
    public Path check(String path) {
        if (!enabled) {
            throw new IntakeException("directory-scans-disabled",
                    "Scanning a server folder is only available on self-hosted installs (aicoder.source.directory.enabled)");
        }
        if (path == null || path.isBlank() || !Path.of(path).isAbsolute()) {
            throw new IntakeException("invalid-path", "path must be an absolute folder path");
        }
        Path real;
        try {
            real = Path.of(path).toRealPath();
        } catch (IOException e) {
            throw new IntakeException("invalid-path", "The folder does not exist or cannot be read");
        }
        for (Path root : allowedRoots) {
            try {
                if (real.startsWith(root.toRealPath()) && Files.isDirectory(real)) {
                    return real;
                }
            } catch (IOException e) {
                // a configured root that does not exist allows nothing
            }
        }
        throw new IntakeException("path-not-allowed", "The folder is not below an allowed root");
    }

    public DirectoryWorkspace open(String path) {
        return builder.build(check(path));
    }
}
