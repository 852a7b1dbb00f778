package dev.aicoder.analysis.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;

class SyntaxTreesTest {

    private static final String EVAL = "(call function: (identifier) @fn (#eq? @fn \"eval\") arguments: (_) @args) @match";

    @Test
    void capturesCarryLinesAndCharacterColumnsEvenAfterMultiByteText() {
        String code = "s = 'h\u00e9llo \uD83D\uDE00'; t = eval(s)\nu = eval(t)\nevaluate(u)\n";
        try (SyntaxTree tree = SyntaxTrees.parse(Language.PYTHON, code).orElseThrow()) {
            List<QueryMatch> matches = tree.matches(SyntaxQuery.compile(Language.PYTHON, EVAL));
            assertThat(matches).hasSize(2);
            Capture first = matches.get(0).capture("match").orElseThrow();
            assertThat(first.text()).isEqualTo("eval(s)");
            assertThat(first.startLine()).isEqualTo(1);
            assertThat(first.startColumn()).isEqualTo(code.indexOf("eval") + 1);
            assertThat(first.endColumn()).isEqualTo(code.indexOf("eval") + 1 + "eval(s)".length());
            Capture second = matches.get(1).capture("match").orElseThrow();
            assertThat(second.startLine()).isEqualTo(2);
            assertThat(second.startColumn()).isEqualTo(5);
            assertThat(second.type()).isEqualTo("call");
            assertThat(matches.get(1).capture("args").orElseThrow().text()).isEqualTo("(t)");
        }
    }

    @Test
    void predicatesMatchAndAnyOfAndNegationWork() {
        String code = "os.system(a)\nsubprocess.call(b)\nprint(c)\nfoo.system(d)\n";
        String query = """
                (call function: (attribute object: (identifier) @obj attribute: (identifier) @fn)
                  (#any-of? @obj "os" "subprocess")
                  (#match? @fn "^(system|call|popen)$")) @match
                """;
        try (SyntaxTree tree = SyntaxTrees.parse(Language.PYTHON, code).orElseThrow()) {
            assertThat(tree.captures(SyntaxQuery.compile(Language.PYTHON, query), "match"))
                    .extracting(Capture::startLine).containsExactly(1, 2);
            String notEq = "(call function: (identifier) @fn (#not-eq? @fn \"print\")) @match";
            assertThat(tree.captures(SyntaxQuery.compile(Language.PYTHON, notEq), "match")).isEmpty();
            String notMatch = "(call function: (attribute attribute: (identifier) @fn) (#not-match? @fn \"^call$\")) @m";
            assertThat(tree.captures(SyntaxQuery.compile(Language.PYTHON, notMatch), "m"))
                    .extracting(Capture::startLine).containsExactly(1, 4);
        }
    }

    @Test
    void invalidQueriesSayWhatAndWhere() {
        assertThatThrownBy(() -> SyntaxQuery.compile(Language.PYTHON, "(call\n  function: (bogus_node) @f)"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("unknown node type 'bogus_node'")
                .hasMessageContaining("line 2, column 14");
        assertThatThrownBy(() -> SyntaxQuery.compile(Language.PYTHON, "(call nonsense: (identifier))"))
                .hasMessageContaining("unknown field 'nonsense'");
        assertThatThrownBy(() -> SyntaxQuery.compile(Language.PYTHON, "(call (identifier)"))
                .hasMessageContaining("syntax error");
        assertThatThrownBy(() -> SyntaxQuery.compile(Language.PYTHON, "(call) @c (#eq? @nope \"x\")"))
                .hasMessageContaining("unknown capture '@nope'");
        assertThatThrownBy(() -> SyntaxQuery.compile(Language.PYTHON, "(integer (call))"))
                .hasMessageContaining("impossible pattern: 'call' cannot appear there");
        assertThatThrownBy(() -> SyntaxQuery.compile(Language.CLOJURE, "(list)"))
                .hasMessageContaining("no tree-sitter grammar for clojure");
        assertThatThrownBy(() -> SyntaxQuery.compile(Language.PYTHON, "  "))
                .hasMessageContaining("empty");
    }

    @Test
    void compiledQueriesAreCachedAndRefuseTreesOfAnotherLanguage() {
        SyntaxQuery q = SyntaxQuery.compile(Language.PYTHON, EVAL);
        assertThat(SyntaxQuery.compile(Language.PYTHON, EVAL)).isSameAs(q);
        try (SyntaxTree js = SyntaxTrees.parse(Language.JAVASCRIPT, "eval(x)").orElseThrow()) {
            assertThatThrownBy(() -> js.matches(q)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void parsingStopsWhenCancelledAndTheParserStaysUsable() {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            big.append("def f").append(i).append("(a):\n    return [x for x in a if x]\n");
        }
        long deadline = System.nanoTime() + 20_000_000L;
        long start = System.nanoTime();
        assertThatThrownBy(() -> SyntaxTrees.parse(Language.PYTHON, big.toString(), () -> System.nanoTime() > deadline))
                .isInstanceOf(CancellationException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(500);
        try (SyntaxTree tree = SyntaxTrees.parse(Language.PYTHON, "x = 1\n").orElseThrow()) {
            assertThat(tree.root().toString()).isEqualTo("(module (expression_statement (assignment left: "
                    + "(identifier) right: (integer))))");
        }
    }

    @Test
    void closedTreesRefuseUseAndCloseTwiceIsHarmless() {
        SyntaxTree tree = SyntaxTrees.parse(Language.JAVA, "class A {}").orElseThrow();
        tree.close();
        tree.close();
        assertThatThrownBy(tree::root).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tree.matches(SyntaxQuery.compile(Language.JAVA, "(class_declaration) @c")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void parallelParsesFromManyThreadsGiveEachCallerItsOwnTree() throws Exception {
        SyntaxQuery fns = SyntaxQuery.compile(Language.JAVA, "(method_declaration name: (identifier) @name)");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < 64; t++) {
                int n = t;
                futures.add(pool.submit(() -> {
                    String code = "class C" + n + " { void m" + n + "() {} void k" + n + "() {} }";
                    try (SyntaxTree tree = SyntaxTrees.parse(Language.JAVA, code).orElseThrow()) {
                        return tree.captures(fns, "name").stream().map(Capture::text).toList();
                    }
                }));
            }
            for (int t = 0; t < futures.size(); t++) {
                assertThat(futures.get(t).get()).containsExactly("m" + t, "k" + t);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void contextMemoParsesAFileOnceAndSkipsLanguagesWithoutGrammar() throws Exception {
        try (SimpleContext context = new SimpleContext()) {
            SourceFile file = new SourceFile("a.py", Language.PYTHON, 6, "h");
            SyntaxTree first = SyntaxTrees.of(context, file, "x = 1\n").orElseThrow();
            assertThat(SyntaxTrees.of(context, file, "x = 1\n").orElseThrow()).isSameAs(first);
            assertThat(context.computed).hasSize(1);
            SourceFile clj = new SourceFile("a.clj", Language.CLOJURE, 5, "h");
            assertThat(SyntaxTrees.of(context, clj, "(x)")).isEmpty();
        }
    }

    @Test
    void sourceTextMapsOffsetsLinesAndColumns() {
        SourceText text = new SourceText("a\u00e9\nbc\r\n\uD83D\uDE00d");
        assertThat(text.lineCount()).isEqualTo(3);
        assertThat(text.line(2)).isEqualTo("bc");
        assertThat(text.line(3)).isEqualTo("\uD83D\uDE00d");
        int dByte = "a\u00e9\nbc\r\n\uD83D\uDE00".getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        int d = text.charOffset(dByte);
        assertThat(text.text().charAt(d)).isEqualTo('d');
        assertThat(text.lineOf(d)).isEqualTo(3);
        assertThat(text.columnOf(d)).isEqualTo(3);
    }
}
