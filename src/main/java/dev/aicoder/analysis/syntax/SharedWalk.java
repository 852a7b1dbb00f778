package dev.aicoder.analysis.syntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.source.SourceFile;

/**
 * One walk of a tree for several analyzers: their queries ("parts", by name) are merged into one tree-sitter query,
 * run once per file and memoised in the scan context; each analyzer gets back the matches of its own part, with
 * pattern indexes relative to that part. A query walk costs about as much as the parse, so analyzers that ask for
 * the same set of parts (in any order) save a walk each.
 */
public final class SharedWalk {

    private static final String KEY = "tree-sitter-walk\n";

    private SharedWalk() {
    }

    /** Matches per part name, for every part of {@code parts} (name → query source). */
    public static Map<String, List<QueryMatch>> matches(AnalysisContext context, SourceFile file, SyntaxTree tree,
            SortedMap<String, String> parts) {
        StringBuilder combined = new StringBuilder();
        parts.values().forEach(source -> combined.append(source).append('\n'));
        String source = combined.toString();
        return context.cached(file, KEY + source, () -> run(tree, parts, source, context));
    }

    private static Map<String, List<QueryMatch>> run(SyntaxTree tree, SortedMap<String, String> parts, String source,
            AnalysisContext context) {
        List<String> names = new ArrayList<>(parts.keySet());
        // Parts are told apart by where each pattern starts in the merged source, so no part is compiled alone.
        int[] partStart = new int[names.size() + 1];
        for (int i = 0; i < names.size(); i++) {
            partStart[i + 1] = partStart[i] + parts.get(names.get(i)).getBytes(StandardCharsets.UTF_8).length + 1;
        }
        SyntaxQuery merged = SyntaxQuery.compile(tree.language(), source);
        int[] firstPattern = new int[names.size()];
        Arrays.fill(firstPattern, -1);
        for (int i = 0; i < merged.patternCount(); i++) {
            int part = partOf(partStart, merged.patternStart(i));
            if (firstPattern[part] < 0) {
                firstPattern[part] = i;
            }
        }
        Map<String, List<QueryMatch>> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n, new ArrayList<>()));
        for (QueryMatch m : tree.matches(merged, context::cancelled)) {
            int part = partOf(partStart, m.patternStart());
            out.get(names.get(part)).add(new QueryMatch(m.patternIndex() - firstPattern[part],
                    m.patternStart() - partStart[part], m.captures()));
        }
        return out;
    }

    private static int partOf(int[] partStart, int byteOffset) {
        int part = 0;
        while (part + 2 < partStart.length && byteOffset >= partStart[part + 1]) {
            part++;
        }
        return part;
    }
}
