package dev.aicoder.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

import org.treesitter.TSNode;

import dev.aicoder.analysis.syntax.SyntaxTree;
import dev.aicoder.analysis.syntax.SyntaxTrees;
import dev.aicoder.source.Language;

/**
 * Cuts code into review units along syntax (top-level functions and classes, descending into a class that is too
 * big) or, for a diff, along hunks; then packs the units, most important first, into chunks that fit a token
 * budget. Importance comes from the caller: static findings and changed lines on the unit's lines.
 */
final class Chunker {

    /** Rough size of code in tokens, for packing (budgets use a more conservative estimate). */
    static int tokens(String text) {
        return text.length() / 4 + 1;
    }

    /** A contiguous line range of one file; {@code lines} maps line number to text. */
    record Unit(String path, int start, int end, SortedMap<Integer, String> lines, int importance) {
        int size() {
            int n = 0;
            for (String l : lines.values()) {
                n += l.length() + 8;
            }
            return n / 4 + 1;
        }

        String render() {
            StringBuilder sb = new StringBuilder();
            lines.forEach((n, text) -> sb.append(String.format("%5d| ", n)).append(text).append('\n'));
            return sb.toString();
        }
    }

    /** Units packed for one call, in file and line order. */
    record Chunk(List<Unit> units, int importance) {
    }

    private Chunker() {
    }

    /** Units of a whole file: syntax nodes when a grammar parses it, else fixed windows of lines. */
    static List<Unit> fileUnits(String path, Language language, SortedMap<Integer, String> lines, int budget,
            Map<Integer, Integer> weightByLine) {
        List<int[]> ranges = new ArrayList<>();
        String text = String.join("\n", lines.values());
        Optional<SyntaxTree> tree = language == null ? Optional.empty() : parse(language, text);
        if (tree.isPresent()) {
            try (SyntaxTree t = tree.get()) {
                collect(t.root(), lines, budget, ranges);
            }
        }
        if (ranges.isEmpty()) {
            ranges.add(new int[] { lines.firstKey(), lines.lastKey() });
        }
        return toUnits(path, fill(ranges, lines.firstKey(), lines.lastKey()), lines, budget, weightByLine);
    }

    /** Units of a diff: each run of consecutive known new-side lines (a hunk with its context). */
    static List<Unit> hunkUnits(String path, SortedMap<Integer, String> lines, int budget,
            Map<Integer, Integer> weightByLine) {
        List<int[]> ranges = new ArrayList<>();
        int start = -1;
        int prev = -1;
        for (int n : lines.keySet()) {
            if (start < 0) {
                start = n;
            } else if (n != prev + 1) {
                ranges.add(new int[] { start, prev });
                start = n;
            }
            prev = n;
        }
        if (start >= 0) {
            ranges.add(new int[] { start, prev });
        }
        return toUnits(path, ranges, lines, budget, weightByLine);
    }

    /** Packs units into chunks of at most {@code budget} tokens; the most important chunk first. */
    static List<Chunk> pack(List<Unit> units, int budget) {
        List<Unit> ordered = new ArrayList<>(units);
        ordered.sort(Comparator.comparingInt(Unit::importance).reversed());
        List<List<Unit>> bins = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (Unit u : ordered) {
            int size = u.size();
            int target = -1;
            for (int i = 0; i < bins.size(); i++) {
                if (sizes.get(i) + size <= budget) {
                    target = i;
                    break;
                }
            }
            if (target < 0) {
                bins.add(new ArrayList<>());
                sizes.add(0);
                target = bins.size() - 1;
            }
            bins.get(target).add(u);
            sizes.set(target, sizes.get(target) + size);
        }
        List<Chunk> out = new ArrayList<>();
        for (List<Unit> bin : bins) {
            bin.sort(Comparator.comparing(Unit::path).thenComparingInt(Unit::start));
            out.add(new Chunk(List.copyOf(bin), bin.stream().mapToInt(Unit::importance).sum()));
        }
        out.sort(Comparator.comparingInt(Chunk::importance).reversed());
        return out;
    }

    private static Optional<SyntaxTree> parse(Language language, String text) {
        try {
            return SyntaxTrees.parse(language, text);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static void collect(TSNode node, SortedMap<Integer, String> lines, int budget, List<int[]> out) {
        for (int i = 0; i < node.getNamedChildCount(); i++) {
            TSNode child = node.getNamedChild(i);
            int start = child.getStartPoint().getRow() + lines.firstKey();
            int end = child.getEndPoint().getRow() + lines.firstKey();
            int size = tokens(String.join("\n", lines.subMap(start, end + 1).values()));
            if (size > budget && child.getNamedChildCount() > 0) {
                collect(child, lines, budget, out);
            } else {
                out.add(new int[] { start, end });
            }
        }
    }

    /** Sorts ranges and gives lines between them (blank lines, comments) to the following range. */
    private static List<int[]> fill(List<int[]> ranges, int first, int last) {
        ranges.sort(Comparator.comparingInt(r -> r[0]));
        List<int[]> out = new ArrayList<>();
        int next = first;
        for (int[] r : ranges) {
            if (r[1] < next) {
                continue;
            }
            out.add(new int[] { Math.min(next, r[0]), r[1] });
            next = r[1] + 1;
        }
        if (next <= last) {
            out.add(new int[] { next, last });
        }
        return out;
    }

    private static List<Unit> toUnits(String path, List<int[]> ranges, SortedMap<Integer, String> lines, int budget,
            Map<Integer, Integer> weightByLine) {
        List<Unit> out = new ArrayList<>();
        for (int[] r : ranges) {
            SortedMap<Integer, String> body = lines.subMap(r[0], r[1] + 1);
            if (body.isEmpty()) {
                continue;
            }
            // a unit larger than the budget is cut into windows of lines
            SortedMap<Integer, String> window = new java.util.TreeMap<>();
            int size = 0;
            for (var e : body.entrySet()) {
                int lineSize = tokens(e.getValue()) + 2;
                if (!window.isEmpty() && size + lineSize > budget) {
                    out.add(unit(path, window, weightByLine));
                    window = new java.util.TreeMap<>();
                    size = 0;
                }
                window.put(e.getKey(), e.getValue());
                size += lineSize;
            }
            if (!window.isEmpty()) {
                out.add(unit(path, window, weightByLine));
            }
        }
        return out;
    }

    private static Unit unit(String path, SortedMap<Integer, String> lines, Map<Integer, Integer> weightByLine) {
        int importance = 0;
        for (int n : lines.keySet()) {
            importance += weightByLine.getOrDefault(n, 0);
        }
        return new Unit(path, lines.firstKey(), lines.lastKey(), lines, importance);
    }
}
