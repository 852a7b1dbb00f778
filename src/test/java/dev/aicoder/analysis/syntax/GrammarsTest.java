package dev.aicoder.analysis.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.aicoder.source.Language;

/** Every shipped grammar loads on this machine (native library and ABI) and parses real code without errors. */
class GrammarsTest {

    private static final Map<Language, String[]> SAMPLES = new EnumMap<>(Language.class);

    static {
        SAMPLES.put(Language.PYTHON, new String[] { "def f(x):\n    return x + 1\n", "function_definition" });
        SAMPLES.put(Language.JAVASCRIPT, new String[] { "function f(x) { return x + 1; }\n", "function_declaration" });
        SAMPLES.put(Language.TYPESCRIPT, new String[] { "function f(x: number): number { return x + 1; }\n",
                "function_declaration" });
        SAMPLES.put(Language.JAVA, new String[] { "class A { int f(int x) { return x + 1; } }\n",
                "method_declaration" });
        SAMPLES.put(Language.KOTLIN, new String[] { "fun f(x: Int): Int { return x + 1 }\n", "function_declaration" });
        SAMPLES.put(Language.C, new String[] { "int f(int x) { return x + 1; }\n", "function_definition" });
        SAMPLES.put(Language.CPP, new String[] { "template<class T> T f(T x) { return x + 1; }\n",
                "function_definition" });
        SAMPLES.put(Language.CSHARP, new String[] { "class A { int F(int x) { return x + 1; } }\n",
                "method_declaration" });
        SAMPLES.put(Language.GO, new String[] { "package m\nfunc f(x int) int { return x + 1 }\n",
                "function_declaration" });
        SAMPLES.put(Language.RUST, new String[] { "fn f(x: i32) -> i32 { x + 1 }\n", "function_item" });
        SAMPLES.put(Language.PHP, new String[] { "<?php function f($x) { return $x + 1; }\n", "function_definition" });
        SAMPLES.put(Language.RUBY, new String[] { "def f(x)\n  x + 1\nend\n", "method" });
        SAMPLES.put(Language.SWIFT, new String[] { "func f(x: Int) -> Int { return x + 1 }\n", "function_declaration" });
        SAMPLES.put(Language.SCALA, new String[] { "object A { def f(x: Int): Int = x + 1 }\n", "function_definition" });
        SAMPLES.put(Language.HASKELL, new String[] { "f :: Int -> Int\nf x = x + 1\n", "function" });
        SAMPLES.put(Language.ERLANG, new String[] { "-module(m).\nf(X) -> X + 1.\n", "fun_decl" });
        SAMPLES.put(Language.ELIXIR, new String[] { "defmodule M do\n  def f(x), do: x + 1\nend\n", "call" });
        SAMPLES.put(Language.R, new String[] { "f <- function(x) { x + 1 }\n", "function_definition" });
        SAMPLES.put(Language.SHELL, new String[] { "f() { echo $(( $1 + 1 )); }\n", "function_definition" });
        SAMPLES.put(Language.SQL, new String[] { "SELECT a FROM t WHERE b = 1;\n", "select" });
        SAMPLES.put(Language.YAML, new String[] { "a:\n  - b: 1\n", "block_mapping" });
        SAMPLES.put(Language.JSON, new String[] { "{\"a\": [1, 2]}\n", "object" });
        SAMPLES.put(Language.DOCKERFILE, new String[] { "FROM debian:12\nRUN apt-get update\n", "run_instruction" });
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void shippedGrammarLoadsAndParses(Language language) {
        String[] sample = SAMPLES.get(language);
        if (!Grammars.shipped().contains(language)) {
            assertThat(sample).as("sample without a grammar for %s", language).isNull();
            assertThat(SyntaxTrees.parse(language, "x")).isEmpty();
            return;
        }
        assertThat(sample).as("a sample for %s", language).isNotNull();
        assertThat(Grammars.available(language)).as("grammar of %s loads", language).isTrue();
        try (SyntaxTree tree = SyntaxTrees.parse(language, sample[0]).orElseThrow()) {
            assertThat(tree.hasErrors()).as("%s parses without errors: %s", language, tree.root()).isFalse();
            assertThat(tree.root().toString()).contains("(" + sample[1]);
        }
    }
}
