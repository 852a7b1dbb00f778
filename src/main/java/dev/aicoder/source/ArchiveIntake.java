package dev.aicoder.source;

import java.nio.file.Path;

/** An uploaded archive → a workspace in a temporary folder, deleted when the workspace is closed. */
public final class ArchiveIntake {

    private final ArchiveExtractor extractor;
    private final WorkspaceBuilder builder;
    private final Path workDir;

    public ArchiveIntake(ArchiveLimits limits, WorkspaceBuilder builder, Path workDir) {
        this.extractor = new ArchiveExtractor(limits);
        this.builder = builder;
        this.workDir = workDir;
    }

    /** Checks an archive without unpacking it to disk; throws {@link IntakeException} with the reason. */
    public ArchiveExtractor.Result check(Path archive) {
        return extractor.inspect(archive);
    }

    public DirectoryWorkspace open(Path archive) {
        Path dir = Folders.newTemp(workDir, "archive");
        try {
            ArchiveExtractor.Result result = extractor.extract(archive, dir);
            return builder.build(dir, () -> Folders.deleteQuietly(dir), result.skipped());
        } catch (RuntimeException e) {
            Folders.deleteQuietly(dir);
            throw e;
        }
    }
}
