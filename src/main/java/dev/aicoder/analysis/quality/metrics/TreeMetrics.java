package dev.aicoder.analysis.quality.metrics;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;

import org.treesitter.TSNode;

import dev.aicoder.analysis.syntax.Capture;
import dev.aicoder.analysis.syntax.QueryMatch;
import dev.aicoder.analysis.syntax.SourceText;
import dev.aicoder.analysis.syntax.SyntaxQuery;
import dev.aicoder.analysis.syntax.SyntaxTree;

/**
 * Per-function metrics from a syntax tree: one query collects functions, decision points, nesting constructs
 * and comments; a single sweep over them (sorted by position) assigns each to its innermost function.
 */
final class TreeMetrics {

    private static final Set<String> NAME_HOLDERS = Set.of("variable_declarator", "pair", "assignment",
            "assignment_expression", "public_field_definition", "field_definition", "property_declaration");
    private static final int MAX_NAME = 60;

    private TreeMetrics() {
    }

    static FileMetrics measure(String path, SyntaxTree tree, MetricSpecs.Spec spec, BooleanSupplier cancelled) {
        return measure(path, tree, tree.matches(SyntaxQuery.compile(tree.language(), spec.query()), cancelled));
    }

    /** Metrics from the matches of the language's spec query (run alone or as part of a shared walk). */
    static FileMetrics measure(String path, SyntaxTree tree, List<QueryMatch> matches) {
        List<Item> items = new ArrayList<>();
        List<int[]> comments = new ArrayList<>();
        for (QueryMatch m : matches) {
            for (Capture c : m.captures()) {
                switch (c.name()) {
                    case "comment" -> comments.add(new int[] { c.startOffset(), c.endOffset() });
                    case "function" -> items.add(new Item(Kind.FUNCTION, c));
                    case "nest" -> items.add(new Item(Kind.NEST, c));
                    default -> items.add(new Item(Kind.BRANCH, c));
                }
            }
        }
        SourceText text = tree.source();
        LineStats lines = LineStats.of(text.text(), comments);
        items.sort(Comparator.comparingInt((Item i) -> i.capture.startByte())
                .thenComparingInt(i -> -i.capture.endByte()).thenComparingInt(i -> i.kind.ordinal()));
        Frame top = new Frame(null);
        Deque<Frame> functions = new ArrayDeque<>();
        Deque<Item> open = new ArrayDeque<>();
        List<Frame> done = new ArrayList<>();
        for (Item item : items) {
            while (!open.isEmpty() && open.peek().capture.endByte() <= item.capture.startByte()) {
                if (open.pop().kind == Kind.FUNCTION) {
                    done.add(functions.pop());
                }
            }
            Frame current = functions.isEmpty() ? top : functions.peek();
            switch (item.kind) {
                case FUNCTION -> {
                    functions.push(new Frame(item.capture));
                    open.push(item);
                }
                case NEST -> {
                    int depth = 1;
                    for (Item o : open) {
                        if (o.kind == Kind.FUNCTION) {
                            break;
                        }
                        depth++;
                    }
                    if (depth > current.maxNesting) {
                        current.maxNesting = depth;
                        current.nestingLine = item.capture.startLine();
                    }
                    open.push(item);
                }
                case BRANCH -> current.branches++;
            }
        }
        while (!functions.isEmpty()) {
            done.add(functions.pop());
        }
        List<FunctionMetrics> result = new ArrayList<>();
        int complexity = top.branches;
        int maxNesting = top.maxNesting;
        synchronized (tree) {
            for (Frame f : done) {
                int start = f.function.startLine();
                int end = f.function.endLine();
                result.add(new FunctionMetrics(name(tree, f.function.node()), start, end, end - start + 1,
                        1 + f.branches, f.maxNesting, f.nestingLine, parameters(f.function.node())));
                complexity += 1 + f.branches;
                maxNesting = Math.max(maxNesting, f.maxNesting);
            }
        }
        result.sort(Comparator.comparingInt(FunctionMetrics::startLine));
        return new FileMetrics(path, tree.language(), lines.lines(), lines.code(), lines.comment(), lines.blank(),
                Math.max(1, complexity), maxNesting, result, "tree-sitter");
    }

    private static String name(SyntaxTree tree, TSNode fn) {
        TSNode name = field(fn, "name");
        TSNode declarator = field(fn, "declarator");
        while (name == null && declarator != null) {
            String type = declarator.getType();
            if (type.endsWith("identifier") || type.equals("destructor_name") || type.equals("operator_name")) {
                name = declarator;
            } else {
                declarator = field(declarator, "declarator");
            }
        }
        if (name == null) {
            TSNode parent = fn.getParent();
            if (parent != null && !parent.isNull() && NAME_HOLDERS.contains(parent.getType())) {
                name = field(parent, "name");
                name = name != null ? name : field(parent, "key");
                name = name != null ? name : field(parent, "left");
            }
        }
        if (name == null) {
            return "<anonymous>";
        }
        String text = tree.text(name).strip();
        return text.length() > MAX_NAME ? text.substring(0, MAX_NAME) + "…" : text;
    }

    private static int parameters(TSNode fn) {
        TSNode params = field(fn, "parameters");
        TSNode declarator = field(fn, "declarator");
        while (params == null && declarator != null) {
            params = field(declarator, "parameters");
            declarator = field(declarator, "declarator");
        }
        if (params == null) {
            return -1;
        }
        int count = 0;
        for (int i = 0; i < params.getNamedChildCount(); i++) {
            if (!params.getNamedChild(i).getType().contains("comment")) {
                count++;
            }
        }
        return count;
    }

    private static TSNode field(TSNode node, String field) {
        TSNode child = node.getChildByFieldName(field);
        return child == null || child.isNull() ? null : child;
    }

    private enum Kind {
        FUNCTION, NEST, BRANCH
    }

    private record Item(Kind kind, Capture capture) {
    }

    private static final class Frame {
        final Capture function;
        int branches;
        int maxNesting;
        int nestingLine;

        Frame(Capture function) {
            this.function = function;
        }
    }
}
