package dev.aicoder.analysis.quality.metrics;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.aicoder.source.Language;

/**
 * Which grammar nodes are functions, decision points (cyclomatic complexity) and nesting constructs, per language.
 * Each spec becomes one tree-sitter query with the captures {@code @function}, {@code @branch}, {@code @nest} and
 * {@code @comment}. Languages without a spec (or without a grammar) are measured lexically.
 */
final class MetricSpecs {

    /** @param logical extra query patterns capturing {@code @branch} for boolean operators */
    record Spec(List<String> functions, List<String> branches, String logical, List<String> nests,
            List<String> comments) {

        String query() {
            StringBuilder q = new StringBuilder();
            alternatives(q, functions, "function");
            alternatives(q, branches, "branch");
            if (logical != null) {
                q.append(logical).append('\n');
            }
            alternatives(q, nests, "nest");
            alternatives(q, comments, "comment");
            return q.toString();
        }

        private static void alternatives(StringBuilder q, List<String> types, String capture) {
            if (!types.isEmpty()) {
                q.append('[');
                types.forEach(t -> q.append('(').append(t).append(") "));
                q.append("] @").append(capture).append('\n');
            }
        }
    }

    private static final List<String> COMMENT = List.of("comment");
    private static final String C_LOGICAL = "(binary_expression operator: [\"&&\" \"||\"]) @branch";
    private static final Map<Language, Spec> SPECS = new EnumMap<>(Language.class);

    static {
        SPECS.put(Language.PYTHON, new Spec(List.of("function_definition", "lambda"),
                List.of("if_statement", "elif_clause", "for_statement", "while_statement", "except_clause",
                        "conditional_expression", "boolean_operator", "if_clause", "case_clause"),
                null, List.of("if_statement", "for_statement", "while_statement", "try_statement", "with_statement",
                        "match_statement"), COMMENT));
        Spec js = new Spec(List.of("function_declaration", "function_expression", "arrow_function",
                "method_definition", "generator_function_declaration", "generator_function"),
                List.of("if_statement", "for_statement", "for_in_statement", "while_statement", "do_statement",
                        "switch_case", "catch_clause", "ternary_expression"),
                "(binary_expression operator: [\"&&\" \"||\" \"??\"]) @branch",
                List.of("if_statement", "for_statement", "for_in_statement", "while_statement", "do_statement",
                        "switch_statement", "try_statement"), COMMENT);
        SPECS.put(Language.JAVASCRIPT, js);
        SPECS.put(Language.TYPESCRIPT, js);
        SPECS.put(Language.JAVA, new Spec(List.of("method_declaration", "constructor_declaration",
                "compact_constructor_declaration", "lambda_expression"),
                List.of("if_statement", "for_statement", "enhanced_for_statement", "while_statement", "do_statement",
                        "catch_clause", "ternary_expression", "switch_label"),
                C_LOGICAL, List.of("if_statement", "for_statement", "enhanced_for_statement", "while_statement",
                        "do_statement", "switch_expression", "try_statement", "try_with_resources_statement",
                        "synchronized_statement"), List.of("line_comment", "block_comment")));
        SPECS.put(Language.CSHARP, new Spec(List.of("method_declaration", "constructor_declaration",
                "local_function_statement", "lambda_expression", "operator_declaration"),
                List.of("if_statement", "for_statement", "foreach_statement", "while_statement", "do_statement",
                        "catch_clause", "conditional_expression", "switch_section", "switch_expression_arm"),
                "(binary_expression operator: [\"&&\" \"||\" \"??\"]) @branch",
                List.of("if_statement", "for_statement", "foreach_statement", "while_statement", "do_statement",
                        "switch_statement", "try_statement", "using_statement", "lock_statement"), COMMENT));
        SPECS.put(Language.GO, new Spec(List.of("function_declaration", "method_declaration", "func_literal"),
                List.of("if_statement", "for_statement", "expression_case", "type_case", "communication_case"),
                C_LOGICAL, List.of("if_statement", "for_statement", "expression_switch_statement",
                        "type_switch_statement", "select_statement"), COMMENT));
        SPECS.put(Language.C, new Spec(List.of("function_definition"),
                List.of("if_statement", "for_statement", "while_statement", "do_statement", "case_statement",
                        "conditional_expression"),
                C_LOGICAL, List.of("if_statement", "for_statement", "while_statement", "do_statement",
                        "switch_statement"), COMMENT));
        SPECS.put(Language.CPP, new Spec(List.of("function_definition", "lambda_expression"),
                List.of("if_statement", "for_statement", "for_range_loop", "while_statement", "do_statement",
                        "case_statement", "conditional_expression", "catch_clause"),
                C_LOGICAL, List.of("if_statement", "for_statement", "for_range_loop", "while_statement",
                        "do_statement", "switch_statement", "try_statement"), COMMENT));
        SPECS.put(Language.PHP, new Spec(List.of("function_definition", "method_declaration",
                "anonymous_function", "arrow_function"),
                List.of("if_statement", "else_if_clause", "for_statement", "foreach_statement", "while_statement",
                        "do_statement", "case_statement", "catch_clause", "conditional_expression"),
                "(binary_expression operator: [\"&&\" \"||\" \"and\" \"or\" \"??\"]) @branch",
                List.of("if_statement", "for_statement", "foreach_statement", "while_statement", "do_statement",
                        "switch_statement", "try_statement"), COMMENT));
        SPECS.put(Language.RUBY, new Spec(List.of("method", "singleton_method", "lambda"),
                List.of("if", "elsif", "unless", "while", "until", "for", "when", "rescue", "conditional",
                        "if_modifier", "unless_modifier", "while_modifier", "until_modifier"),
                "(binary operator: [\"&&\" \"||\" \"and\" \"or\"]) @branch",
                List.of("if", "unless", "while", "until", "for", "case", "begin"), COMMENT));
        SPECS.put(Language.RUST, new Spec(List.of("function_item", "closure_expression"),
                List.of("if_expression", "for_expression", "while_expression", "loop_expression", "match_arm"),
                C_LOGICAL, List.of("if_expression", "for_expression", "while_expression", "loop_expression",
                        "match_expression"), List.of("line_comment", "block_comment")));
        SPECS.put(Language.KOTLIN, new Spec(List.of("function_declaration", "lambda_literal", "anonymous_function"),
                List.of("if_expression", "for_statement", "while_statement", "do_while_statement", "when_entry",
                        "catch_block", "conjunction_expression", "disjunction_expression"),
                null, List.of("if_expression", "for_statement", "while_statement", "do_while_statement",
                        "when_expression", "try_expression"), List.of("line_comment", "multiline_comment")));
        SPECS.put(Language.SHELL, new Spec(List.of("function_definition"),
                List.of("if_statement", "elif_clause", "for_statement", "c_style_for_statement", "while_statement",
                        "case_item"),
                null, List.of("if_statement", "for_statement", "c_style_for_statement", "while_statement",
                        "case_statement"), COMMENT));
    }

    private MetricSpecs() {
    }

    static Optional<Spec> of(Language language) {
        return Optional.ofNullable(SPECS.get(language));
    }

    static Map<Language, Spec> all() {
        return SPECS;
    }
}
