package dev.aicoder.analysis.architecture.imports;

/** The import query shared by JavaScript and TypeScript: static imports, re-exports, require() and import(). */
final class ScriptQueries {

    static final String QUERY = """
            (import_statement source: (string) @module)
            (export_statement source: (string) @module)
            (call_expression function: (identifier) @req arguments: (arguments . (string) @module .)
              (#eq? @req "require"))
            (call_expression function: (import) arguments: (arguments . (string) @module))
            """;

    private ScriptQueries() {
    }
}
