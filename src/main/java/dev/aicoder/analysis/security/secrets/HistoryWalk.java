package dev.aicoder.analysis.security.secrets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.diff.Edit;
import org.eclipse.jgit.diff.RawText;
import org.eclipse.jgit.diff.RawTextComparator;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/** One pass over a repository's commits, oldest first, scanning the lines each commit added. */
final class HistoryWalk {

    /** Blobs above this size are skipped (generated files, data). */
    static final long MAX_BLOB = 2L * 1024 * 1024;

    /** Where a secret was first seen. */
    record Sighting(SecretHit hit, String commit, String author, long commitTime, String path, String lineText) {
    }

    /** What the walk covered, published next to the findings. */
    record Summary(int commits, int blobsScanned, boolean truncated) {
    }

    private final Repository repo;
    private final SecretScanner scanner;
    private final int maxCommits;

    HistoryWalk(Repository repo, SecretScanner scanner, int maxCommits) {
        this.repo = repo;
        this.scanner = scanner;
        this.maxCommits = maxCommits;
    }

    Summary walk(Map<String, Sighting> first, BooleanSupplier cancelled) throws IOException {
        int commits = 0;
        int blobs = 0;
        boolean truncated = false;
        try (RevWalk walk = new RevWalk(repo);
                DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
            diff.setRepository(repo);
            diff.setDiffComparator(RawTextComparator.DEFAULT);
            diff.setDetectRenames(false);
            for (Ref ref : repo.getRefDatabase().getRefs()) {
                ObjectId id = ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
                if (id != null && walk.getObjectReader().open(id).getType() == Constants.OBJ_COMMIT) {
                    walk.markStart(walk.parseCommit(id));
                }
            }
            walk.sort(RevSort.TOPO);
            walk.sort(RevSort.REVERSE, true);
            for (RevCommit commit : walk) {
                if (commits >= maxCommits || cancelled.getAsBoolean()) {
                    truncated = true;
                    break;
                }
                commits++;
                AbstractTreeIterator parent = commit.getParentCount() == 0 ? new EmptyTreeIterator()
                        : tree(walk.parseCommit(commit.getParent(0)).getTree().getId());
                for (DiffEntry entry : diff.scan(parent, tree(commit.getTree().getId()))) {
                    if (entry.getChangeType() != DiffEntry.ChangeType.DELETE && scanEntry(diff, entry, commit, first)) {
                        blobs++;
                    }
                }
            }
        }
        return new Summary(commits, blobs, truncated);
    }

    private boolean scanEntry(DiffFormatter diff, DiffEntry entry, RevCommit commit, Map<String, Sighting> first)
            throws IOException {
        String path = entry.getNewPath();
        ObjectLoader loader = repo.open(entry.getNewId().toObjectId());
        if (loader.getSize() > MAX_BLOB || PathContext.of(path).skip()) {
            return false;
        }
        byte[] bytes = loader.getBytes();
        if (RawText.isBinary(bytes)) {
            return false;
        }
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1);
        PathContext context = PathContext.of(path);
        List<Edit> edits = diff.toFileHeader(entry).toEditList();
        for (Edit edit : edits) {
            for (int i = edit.getBeginB(); i < edit.getEndB() && i < lines.length; i++) {
                String next = i + 1 < lines.length ? lines[i + 1] : "";
                for (SecretHit hit : scanner.scanLine(lines[i], next, i + 1, context)) {
                    first.putIfAbsent(hit.ruleId() + "#" + hit.hash(), new Sighting(hit, commit.getName(),
                            commit.getAuthorIdent().getName(), commit.getCommitTime(), path, lines[i]));
                }
            }
        }
        return true;
    }

    private AbstractTreeIterator tree(ObjectId treeId) throws IOException {
        CanonicalTreeParser parser = new CanonicalTreeParser();
        try (var reader = repo.newObjectReader()) {
            parser.reset(reader, treeId);
        }
        return parser;
    }
}
