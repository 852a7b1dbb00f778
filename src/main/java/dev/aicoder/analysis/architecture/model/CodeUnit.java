package dev.aicoder.analysis.architecture.model;

import dev.aicoder.source.Language;

/**
 * A node of the fine-grained graph: a top-level type (Java, C#, Kotlin) or a file (Python, JavaScript, Go...).
 *
 * @param id unique name: the fully qualified type name, or the workspace path of a module file
 * @param name short display name
 * @param container the package, namespace or folder the unit belongs to (the coarse graph's node)
 * @param lines lines the unit spans
 */
public record CodeUnit(String id, String name, String container, String path, Language language, UnitKind kind,
        int line, int lines) {
}
