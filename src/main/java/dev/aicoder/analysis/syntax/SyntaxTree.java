package dev.aicoder.analysis.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.treesitter.TSNode;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;
import org.treesitter.TSTree;

import dev.aicoder.source.Language;

/**
 * A parsed file: the tree-sitter tree plus the text it came from. Holds native memory: {@link #close()} it when
 * done (the scan closes trees it cached; a tree that is never closed is freed when garbage-collected).
 * Tree-sitter trees are not thread-safe, so queries on one tree are serialised; raw {@link #root()} nodes must
 * not be used after close nor from two threads at once.
 */
public final class SyntaxTree implements AutoCloseable {

    private final Language language;
    private final SourceText source;
    private final TSTree tree;
    private boolean closed;

    SyntaxTree(Language language, SourceText source, TSTree tree) {
        this.language = language;
        this.source = source;
        this.tree = tree;
    }

    public Language language() {
        return language;
    }

    public SourceText source() {
        return source;
    }

    public synchronized TSNode root() {
        ensureOpen();
        return tree.getRootNode();
    }

    /** True when the parser had to recover from syntax errors (the tree then holds ERROR or MISSING nodes). */
    public synchronized boolean hasErrors() {
        ensureOpen();
        return tree.getRootNode().hasError();
    }

    /** Every match of {@code query} in document order. */
    public List<QueryMatch> matches(SyntaxQuery query) {
        return matches(query, () -> false);
    }

    /**
     * Every match of {@code query}, stopping early with {@link CancellationException} once {@code cancelled}
     * says so (checked by tree-sitter while it walks the tree, and between matches).
     */
    public synchronized List<QueryMatch> matches(SyntaxQuery query, BooleanSupplier cancelled) {
        ensureOpen();
        if (query.language() != language) {
            throw new IllegalArgumentException("query for " + query.language().id() + " run on a "
                    + language.id() + " tree");
        }
        List<QueryMatch> out = new ArrayList<>();
        try (TSQueryCursor cursor = new TSQueryCursor()) {
            cursor.execWithOptions(query.handle(), tree.getRootNode(), source.text(),
                    state -> cancelled.getAsBoolean());
            TSQueryMatch match = new TSQueryMatch();
            while (cursor.nextMatch(match)) {
                List<Capture> captures = new ArrayList<>(match.getCaptures().length);
                for (TSQueryCapture c : match.getCaptures()) {
                    captures.add(new Capture(query.captureName(c.getIndex()), c.getNode(), source));
                }
                out.add(new QueryMatch(match.getPatternIndex(), query.patternStart(match.getPatternIndex()),
                        captures));
                if ((out.size() & 255) == 0 && cancelled.getAsBoolean()) {
                    break;
                }
            }
        }
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("query stopped: time budget spent or scan cancelled");
        }
        return out;
    }

    /** Every capture named {@code name} over all matches, in document order of matches. */
    public List<Capture> captures(SyntaxQuery query, String name) {
        List<Capture> out = new ArrayList<>();
        for (QueryMatch m : matches(query)) {
            for (Capture c : m.captures()) {
                if (c.name().equals(name)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The source text of a node of this tree. */
    public String text(TSNode node) {
        return source.slice(node.getStartByte(), node.getEndByte());
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            tree.close();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("syntax tree already closed");
        }
    }
}
