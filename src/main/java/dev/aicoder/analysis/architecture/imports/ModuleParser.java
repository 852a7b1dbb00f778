package dev.aicoder.analysis.architecture.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.aicoder.analysis.architecture.imports.ParsedModule.ImportRef;
import dev.aicoder.analysis.syntax.Capture;
import dev.aicoder.analysis.syntax.QueryMatch;
import dev.aicoder.analysis.syntax.SyntaxQuery;
import dev.aicoder.analysis.syntax.SyntaxTree;
import dev.aicoder.analysis.syntax.SyntaxTrees;
import dev.aicoder.source.Language;

/**
 * Reads imports, the declared namespace and declared types of Python, JavaScript/TypeScript, Go, C# and Kotlin
 * files with tree-sitter queries ({@code @module} import target, {@code @name} imported name, {@code @ns}
 * namespace, {@code @type}/{@code @interface} declared types). Thread-safe.
 */
public final class ModuleParser {

    public static final Set<Language> LANGUAGES = Set.of(Language.PYTHON, Language.JAVASCRIPT,
            Language.TYPESCRIPT, Language.GO, Language.CSHARP, Language.KOTLIN);

    private static final Map<Language, String> QUERIES = Map.of(
            Language.PYTHON, """
                    (import_statement name: (dotted_name) @module)
                    (import_statement name: (aliased_import name: (dotted_name) @module))
                    (import_from_statement module_name: (dotted_name) @module name: (dotted_name) @name)
                    (import_from_statement module_name: (dotted_name) @module (wildcard_import))
                    (import_from_statement module_name: (relative_import) @module (wildcard_import))
                    (import_from_statement module_name: (relative_import) @module name: (dotted_name) @name)
                    (import_from_statement module_name: (relative_import) @module name: (aliased_import
                      name: (dotted_name) @name))
                    (import_from_statement module_name: (dotted_name) @module name: (aliased_import
                      name: (dotted_name) @name))
                    """,
            Language.JAVASCRIPT, ScriptQueries.QUERY,
            Language.TYPESCRIPT, ScriptQueries.QUERY,
            Language.GO, """
                    (import_spec path: (interpreted_string_literal) @module)
                    (package_clause (package_identifier) @ns)
                    """,
            Language.CSHARP, """
                    (using_directive (qualified_name) @module)
                    (using_directive . (identifier) @module .)
                    (namespace_declaration name: (_) @ns)
                    (file_scoped_namespace_declaration name: (_) @ns)
                    (class_declaration name: (identifier) @type)
                    (struct_declaration name: (identifier) @type)
                    (record_declaration name: (identifier) @type)
                    (enum_declaration name: (identifier) @type)
                    (interface_declaration name: (identifier) @interface)
                    """,
            Language.KOTLIN, """
                    (import_header (identifier) @module (wildcard_import) @name)
                    (import_header (identifier) @module .)
                    (package_header (identifier) @ns)
                    (source_file (class_declaration "interface" (type_identifier) @interface))
                    (source_file (class_declaration "class" (type_identifier) @type))
                    (source_file (object_declaration (type_identifier) @type))
                    """);

    private static final Pattern TYPE_TOKEN = Pattern.compile("\\b[A-Z][A-Za-z0-9_]*\\b");

    /** The file's imports and declarations, or empty when the language is not supported or it does not parse. */
    public Optional<ParsedModule> parse(String path, Language language, String content) {
        String query = QUERIES.get(language);
        if (query == null) {
            return Optional.empty();
        }
        Optional<SyntaxTree> parsed = SyntaxTrees.parse(language, content);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        try (SyntaxTree tree = parsed.get()) {
            List<ImportRef> imports = new ArrayList<>();
            Set<String> types = new HashSet<>();
            String namespace = "";
            int interfaces = 0;
            for (QueryMatch m : tree.matches(SyntaxQuery.compile(language, query))) {
                Optional<Capture> module = m.capture("module");
                if (module.isPresent()) {
                    imports.add(ref(language, module.get(), m.capture("name")));
                }
                namespace = m.capture("ns").map(Capture::text).orElse(namespace);
                m.capture("type").ifPresent(c -> types.add(c.text()));
                if (m.capture("interface").isPresent()) {
                    types.add(m.capture("interface").get().text());
                    interfaces++;
                }
            }
            return Optional.of(new ParsedModule(path, language, namespace.strip(), merge(imports), types,
                    interfaces, typeRefs(language, content), (int) content.lines().count()));
        }
    }

    private static ImportRef ref(Language language, Capture module, Optional<Capture> name) {
        String target = module.text();
        int level = 0;
        if (language == Language.PYTHON && target.startsWith(".")) {
            while (level < target.length() && target.charAt(level) == '.') {
                level++;
            }
            target = target.substring(level);
        }
        if (target.length() >= 2 && (target.startsWith("\"") || target.startsWith("'") || target.startsWith("`"))) {
            target = target.substring(1, target.length() - 1);
        }
        List<String> names = name.map(n -> List.of(n.text())).orElse(List.of());
        return new ImportRef(target.replaceAll("\\s+", ""), names, level, module.startLine());
    }

    /** One ref per Python {@code from} statement with all its names (the query yields one match per name). */
    private static List<ImportRef> merge(List<ImportRef> refs) {
        List<ImportRef> out = new ArrayList<>();
        for (ImportRef r : refs) {
            ImportRef last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.line() == r.line() && last.target().equals(r.target())
                    && last.level() == r.level() && !r.names().isEmpty()) {
                List<String> names = new ArrayList<>(last.names());
                names.addAll(r.names());
                out.set(out.size() - 1, new ImportRef(last.target(), names, last.level(), last.line()));
            } else {
                out.add(r);
            }
        }
        return out;
    }

    private static Set<String> typeRefs(Language language, String content) {
        if (language != Language.CSHARP && language != Language.KOTLIN) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        Matcher m = TYPE_TOKEN.matcher(content);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
