package dev.aicoder.analysis.standards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class TokenGuardTest {

    @Test
    void aFixThatDropsABranchIsRefusedOneThatOnlyMovesOrRemovesWhatItsRuleRemovesIsKept() {
        String original = "switch (x) {\n  default:\n    return sum;\n  case 1:\n    return 1;\n}\n";
        String dropped = "switch (x) {\n  case 1:\n    return 1;\n}\n";
        String moved = "switch (x) {\n  case 1:\n    return 1;\n  default:\n    return sum;\n}\n";
        assertThat(TokenGuard.keepsCode(original, dropped, Set.of("standards.java.default-comes-last"))).isFalse();
        assertThat(TokenGuard.keepsCode(original, moved, Set.of("standards.java.default-comes-last"))).isTrue();

        assertThat(TokenGuard.keepsCode("int a = 0;;\n", "int a = 0;\n", Set.of("standards.java.extra-semicolons")))
                .isTrue();
        assertThat(TokenGuard.keepsCode("int a = 0;;\n", "int a;\n", Set.of("standards.java.extra-semicolons")))
                .isFalse();
        assertThat(TokenGuard.keepsCode("private int n = 0;\n", "private int n;\n",
                Set.of("standards.java.redundant-initialization"))).isTrue();
        assertThat(TokenGuard.keepsCode("long x = 10l;\n", "long x = 10L;\n",
                Set.of("standards.java.long-literal-suffix"))).isTrue();
        assertThat(TokenGuard.keepsCode("import a.B;\nclass C {}\n", "class C {}\n",
                Set.of("standards.java.unused-import"))).isTrue();
        assertThat(TokenGuard.keepsCode("import a.B;\nclass C { B b; }\n", "class C { }\n",
                Set.of("standards.java.unused-import"))).as("a use of the import is not an import line").isFalse();
        assertThat(TokenGuard.keepsCode("String s = \"a  b\";   \n", "String s = \"a b\";\n",
                Set.of("standards.trailing-whitespace"))).as("string contents are code").isFalse();
    }

    @Test
    void theFormatterMayReflowJavadocButNotDropAWordOrCode() {
        String original = """
                /**
                 * Joins things.
                 * <p>Use it
                 *   when "quoted text spans" lines and don't worry.</p>
                 * <ul><li>one</li></ul>
                 */
                class J { String s = "/* not a comment */"; int f() { return 1; } }
                """;
        String reflowed = """
                /**
                 * Joins things.
                 *
                 * <p>Use it when "quoted text
                 * spans" lines and don't worry.
                 *
                 * <ul>
                 *   <li>one
                 * </ul>
                 */
                class J {
                  String s = "/* not a comment */";

                  int f() {
                    return 1;
                  }
                }
                """;
        Set<String> format = Set.of("standards.java.format");
        assertThat(TokenGuard.keepsCode(original, reflowed, format)).isTrue();
        assertThat(TokenGuard.keepsCode(original, reflowed.replace("and don't", "don't"), format))
                .as("a word of a comment lost").isFalse();
        assertThat(TokenGuard.keepsCode(original, reflowed.replace("return 1;", "return;"), format))
                .as("code lost").isFalse();
        assertThat(TokenGuard.keepsCode(original, reflowed.replace("\"/* not a comment */\"", "\"\""), format))
                .as("a string that looks like a comment is code").isFalse();
        assertThat(TokenGuard.keepsCode(original, reflowed, Set.of("standards.java.import-order")))
                .as("other rules do not touch comments").isFalse();
    }
}
