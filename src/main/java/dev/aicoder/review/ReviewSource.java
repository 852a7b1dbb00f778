package dev.aicoder.review;

import java.util.List;
import java.util.Set;
import java.util.SortedMap;

import dev.aicoder.scan.ScanViews.FindingView;
import dev.aicoder.source.Language;

/**
 * One file to review: its known lines (all of them for a file, the hunks' new side for a diff), the added lines
 * of a diff, and the static findings on it.
 */
record ReviewSource(String path, Language language, SortedMap<Integer, String> lines, Set<Integer> added,
        boolean diff, List<FindingView> staticFindings) {

    String[] lineArray() {
        int last = lines.isEmpty() ? 0 : lines.lastKey();
        String[] out = new String[last];
        for (int i = 1; i <= last; i++) {
            out[i - 1] = lines.getOrDefault(i, "");
        }
        return out;
    }
}
