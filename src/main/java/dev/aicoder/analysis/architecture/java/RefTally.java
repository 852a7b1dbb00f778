package dev.aicoder.analysis.architecture.java;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.aicoder.analysis.architecture.model.DependencyKind;

/** Names a type refers to, as written in the source (simple, nested or qualified), with count, kinds and line. */
final class RefTally {

    static final class Entry {
        int count;
        int kinds;
        int line;
    }

    private final Map<String, Entry> names = new LinkedHashMap<>();

    void add(String name, DependencyKind kind, int line) {
        Entry e = names.computeIfAbsent(name, k -> new Entry());
        e.count++;
        e.kinds |= kind.bit();
        if (line > 0 && (e.line == 0 || line < e.line)) {
            e.line = line;
        }
    }

    Map<String, Entry> names() {
        return names;
    }
}
