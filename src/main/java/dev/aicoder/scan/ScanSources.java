package dev.aicoder.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.aicoder.scan.store.ScanRecord;
import dev.aicoder.scan.store.ScanStore;
import dev.aicoder.secrets.Active;
import dev.aicoder.secrets.SecretRef;
import dev.aicoder.secrets.SecretStore;
import dev.aicoder.source.ArchiveIntake;
import dev.aicoder.source.ChangeSet;
import dev.aicoder.source.DiffIntake;
import dev.aicoder.source.DirectoryIntake;
import dev.aicoder.source.DirectoryWorkspace;
import dev.aicoder.source.GitIntake;
import dev.aicoder.source.IntakeException;

/**
 * Opens the workspace of a stored scan on a worker: unpacks its archive, clones its repository (with the token
 * read from the secret store), rebuilds its diff, or opens its server folder; then limits it to the changed files.
 */
@ApplicationScoped
public class ScanSources {

    private static final Duration SECRET_TIMEOUT = Duration.ofSeconds(30);

    private final ScanStore store;
    private final ArchiveIntake archives;
    private final GitIntake git;
    private final DiffIntake diffs;
    private final DirectoryIntake directories;
    private final SecretStore secrets;

    public ScanSources(ScanStore store, ArchiveIntake archives, GitIntake git, DiffIntake diffs,
            DirectoryIntake directories, @Active SecretStore secrets) {
        this.store = store;
        this.archives = archives;
        this.git = git;
        this.diffs = diffs;
        this.directories = directories;
        this.secrets = secrets;
    }

    /** An opened workspace, the commit it holds (git only) and the change set it was limited to (or null). */
    public record Opened(DirectoryWorkspace workspace, String commit, ChangeSet changes) implements AutoCloseable {
        @Override
        public void close() {
            workspace.close();
        }
    }

    /** Blocking: call on a worker thread. */
    public Opened open(ScanRecord scan, ScanSpec spec) {
        ScanStore.Source source = store.source(scan.id()).await().atMost(SECRET_TIMEOUT);
        ChangeSet changes = source.diff() != null ? ChangeSet.parse(source.diff())
                : spec.changedFiles().isEmpty() ? null : ChangeSet.ofPaths(spec.changedFiles());
        DirectoryWorkspace ws;
        String commit = null;
        switch (scan.sourceKind()) {
            case "archive" -> ws = openArchive(source.archive());
            case "git" -> {
                GitIntake.Checkout checkout = git.clone(spec.gitUrl(), spec.ref(), credentials(scan, spec));
                ws = checkout.workspace();
                commit = checkout.commit();
            }
            case "diff" -> ws = diffs.open(changes);
            case "directory" -> ws = directories.open(spec.path());
            default -> throw new IntakeException("invalid-source", "unknown source kind " + scan.sourceKind());
        }
        if (changes != null && !scan.sourceKind().equals("diff")) {
            ws = ws.restrictTo(changes.paths());
        }
        return new Opened(ws, commit, changes);
    }

    private DirectoryWorkspace openArchive(byte[] archive) {
        if (archive == null) {
            throw new IntakeException("source-gone", "The uploaded archive is no longer available");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile("aicoder-upload-", ".bin");
            Files.write(tmp, archive);
            return archives.open(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (tmp != null) {
                tmp.toFile().delete();
            }
        }
    }

    private GitIntake.Credentials credentials(ScanRecord scan, ScanSpec spec) {
        if (spec.credential() == null) {
            return null;
        }
        Optional<String> token = secrets.get(new SecretRef(scan.tenantId(), spec.credential())).await()
                .atMost(SECRET_TIMEOUT);
        if (token.isEmpty()) {
            throw new IntakeException("unknown-credential", "The secret '" + spec.credential() + "' does not exist");
        }
        return new GitIntake.Credentials(spec.gitUsername(), token.get());
    }
}
