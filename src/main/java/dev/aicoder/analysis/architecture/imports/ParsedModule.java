package dev.aicoder.analysis.architecture.imports;

import java.util.List;
import java.util.Set;

import dev.aicoder.source.Language;

/**
 * What one non-Java source file declares and imports, as read by {@link ModuleParser}.
 *
 * @param namespace the declared package or namespace (C#, Kotlin, Go), or empty
 * @param types names of the types the file declares (C#, Kotlin), for resolving references by name
 * @param interfaces how many of those types are interfaces (abstractness)
 * @param typeRefs capitalised identifiers used in the file (C#, Kotlin), candidates for type references
 */
public record ParsedModule(String path, Language language, String namespace, List<ImportRef> imports,
        Set<String> types, int interfaces, Set<String> typeRefs, int lines) {

    /**
     * One import: the module path as written ({@code a.b}, {@code ./x}, {@code github.com/a/b}); for Python
     * {@code from} imports, the imported {@code names} and the number of leading dots ({@code level}).
     */
    public record ImportRef(String target, List<String> names, int level, int line) {
    }
}
