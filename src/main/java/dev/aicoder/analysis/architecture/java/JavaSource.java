package dev.aicoder.analysis.architecture.java;

import java.util.List;
import java.util.Set;

import dev.aicoder.analysis.architecture.model.ClassFacts;
import dev.aicoder.analysis.architecture.model.UnitKind;

/**
 * One parsed Java file before name resolution: package, imports (single-type, on-demand, and the types named by
 * static imports), and per top-level type the names it refers to and its member facts (type names as written).
 */
record JavaSource(String path, String pkg, List<String> imports, List<String> wildcardImports,
        List<String> staticImports, List<Type> types, int lines) {

    record Type(String fqcn, String simpleName, UnitKind kind, int line, int lines, Set<String> nestedNames,
            RefTally refs, ClassFacts rawFacts) {
    }
}
