package dev.aicoder.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The {@code .gitignore} and {@code .aicoderignore} files of a tree, with git's semantics (JGit's matcher): each
 * folder's files apply below it, deeper files win, {@code !pattern} re-includes. {@code .git/info/exclude} at the
 * root applies too. Used while walking: {@link #enter} a folder before its entries, {@link #leave} after.
 */
final class IgnoreRules {

    static final String[] FILE_NAMES = { ".gitignore", ".aicoderignore" };

    private final Deque<Level> levels = new ArrayDeque<>();

    IgnoreRules(Path root) {
        IgnoreNode exclude = load(root.resolve(".git").resolve("info").resolve("exclude"));
        if (exclude != null) {
            levels.push(new Level("", exclude));
        }
    }

    /** Reads the ignore files of {@code dir} ({@code relative} to the root, "" for the root itself). */
    void enter(Path dir, String relative) {
        IgnoreNode merged = null;
        for (String name : FILE_NAMES) {
            IgnoreNode node = load(dir.resolve(name));
            if (node != null) {
                merged = merged == null ? node : concat(merged, node);
            }
        }
        levels.push(new Level(relative, merged));
    }

    void leave() {
        levels.pop();
    }

    /** Whether {@code relative} (forward slashes, from the root) is ignored; the deepest deciding rule wins. */
    boolean ignored(String relative, boolean directory) {
        for (Iterator<Level> it = levels.iterator(); it.hasNext();) {
            Level level = it.next();
            if (level.node == null) {
                continue;
            }
            String local = level.dir.isEmpty() ? relative : relative.substring(level.dir.length() + 1);
            Boolean verdict = level.node.checkIgnored(local, directory);
            if (verdict != null) {
                return verdict;
            }
        }
        return false;
    }

    private static IgnoreNode concat(IgnoreNode a, IgnoreNode b) {
        var rules = new java.util.ArrayList<>(a.getRules());
        rules.addAll(b.getRules());
        return new IgnoreNode(rules);
    }

    private static IgnoreNode load(Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            IgnoreNode node = new IgnoreNode();
            node.parse(in);
            return node;
        } catch (IOException e) {
            return null;
        }
    }

    private record Level(String dir, IgnoreNode node) {
    }
}
