package dev.aicoder.analysis.syntax;

import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

import org.treesitter.TSInputEncoding;
import org.treesitter.TSLanguage;
import org.treesitter.TSParser;
import org.treesitter.TSReader;
import org.treesitter.TSTree;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;

/**
 * Parses source text with tree-sitter. Thread-safe: tree-sitter parsers are not, so each parse borrows a parser
 * of the right language from a small pool and gives it back. Analyzers should go through
 * {@link #of(AnalysisContext, SourceFile, String)} so that a file is parsed once per scan, whoever asks first.
 */
public final class SyntaxTrees {

    /** Key under which trees are memoised in {@link AnalysisContext#cached}. */
    public static final String CACHE_KEY = "tree-sitter";

    private static final int READ_CHUNK = 64 * 1024;
    private static final int POOL_LIMIT = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
    private static final Map<Language, Queue<TSParser>> POOLS = new ConcurrentHashMap<>();

    private SyntaxTrees() {
    }

    /** Parses {@code content}; empty when the language has no grammar that loads here. */
    public static Optional<SyntaxTree> parse(Language language, String content) {
        return parse(language, content, () -> false);
    }

    /**
     * Parses {@code content}, giving up with {@link CancellationException} as soon as {@code cancelled} says so
     * (tree-sitter polls it while parsing), so one pathological file cannot hold a worker.
     */
    public static Optional<SyntaxTree> parse(Language language, String content, BooleanSupplier cancelled) {
        Optional<TSLanguage> grammar = Grammars.grammar(language);
        if (grammar.isEmpty()) {
            return Optional.empty();
        }
        SourceText source = new SourceText(content);
        TSParser parser = borrow(language, grammar.get());
        boolean reusable = true;
        try {
            TSTree tree = parser.parseWithOptions(new byte[READ_CHUNK], null, reader(source.utf8()),
                    TSInputEncoding.TSInputEncodingUTF8, state -> cancelled.getAsBoolean());
            if (tree == null) {
                parser.reset();
                throw new CancellationException("parse stopped: time budget spent or scan cancelled");
            }
            return Optional.of(new SyntaxTree(language, source, tree));
        } catch (RuntimeException | Error e) {
            reusable = e instanceof CancellationException;
            throw e;
        } finally {
            giveBack(language, parser, reusable);
        }
    }

    /**
     * The file's tree for this scan, parsed on first request and memoised under {@link #CACHE_KEY}; empty when the
     * language has no grammar. The scan owns cached trees and closes them when the file is done.
     */
    public static Optional<SyntaxTree> of(AnalysisContext context, SourceFile file, String content) {
        if (!Grammars.available(file.language())) {
            return Optional.empty();
        }
        return Optional.of(context.cached(file, CACHE_KEY,
                () -> parse(file.language(), content, context::cancelled).orElseThrow()));
    }

    private static TSReader reader(byte[] bytes) {
        return (buffer, offset, position) -> {
            int n = Math.min(buffer.length, bytes.length - offset);
            if (n <= 0) {
                return 0;
            }
            System.arraycopy(bytes, offset, buffer, 0, n);
            return n;
        };
    }

    private static TSParser borrow(Language language, TSLanguage grammar) {
        TSParser parser = POOLS.computeIfAbsent(language, l -> new ConcurrentLinkedQueue<>()).poll();
        if (parser == null) {
            parser = new TSParser();
            if (!parser.setLanguage(grammar)) {
                parser.close();
                throw new IllegalStateException("tree-sitter grammar for " + language.id()
                        + " has an incompatible ABI version " + grammar.abiVersion());
            }
        }
        return parser;
    }

    private static void giveBack(Language language, TSParser parser, boolean reusable) {
        Queue<TSParser> pool = POOLS.get(language);
        if (reusable && pool.size() < POOL_LIMIT) {
            pool.offer(parser);
        } else {
            parser.close();
        }
    }
}
