import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.FileAnalyzer;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.analysis.quality.QualityAnalyzers;
import dev.aicoder.analysis.quality.rules.RulesAnalyzer;
import dev.aicoder.analysis.syntax.SyntaxTree;
import dev.aicoder.analysis.syntax.SyntaxTrees;
import dev.aicoder.source.Language;
import dev.aicoder.source.SourceFile;

/**
 * Speed of the tree-sitter parse, the rule packs and the metrics, per language, over a folder of real code.
 * Usage: java -cp CLASSPATH bench/RulesSpeed.java THREADS LANGUAGE=FOLDER...
 */
public class RulesSpeed {

    static final Map<String, Language> EXT = Map.of(".py", Language.PYTHON, ".js", Language.JAVASCRIPT, ".mjs",
            Language.JAVASCRIPT, ".cjs", Language.JAVASCRIPT, ".ts", Language.TYPESCRIPT, ".java", Language.JAVA,
            ".c", Language.C, ".h", Language.C, ".go", Language.GO);

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        System.out.printf("%-11s %6s %9s | %-22s | %-22s | %-22s%n", "language", "files", "lines", "parse only",
                "rules (parse+query)", "rules+metrics (1 walk)");
        for (int i = 1; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            Language language = Language.of(kv[0]);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(Path.of(kv[1]))) {
                files = walk.filter(Files::isRegularFile).filter(p -> language == EXT.get(ext(p))).sorted().toList();
            }
            List<String> texts = new ArrayList<>();
            long lines = 0;
            for (Path p : files) {
                String t = new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8);
                texts.add(t);
                lines += t.lines().count();
            }
            double parse = 0, rules = 0, both = 0;
            for (int round = 0; round < 3; round++) { // round 0 warms up the JIT; the best of rounds 1-2 counts
                double p = time(threads, files, texts, language, List.of());
                double r = time(threads, files, texts, language, List.of(new RulesAnalyzer()));
                double b = time(threads, files, texts, language, QualityAnalyzers.fileAnalyzers());
                if (round > 0) {
                    parse = Math.max(parse, lines / p);
                    rules = Math.max(rules, lines / r);
                    both = Math.max(both, lines / b);
                }
            }
            System.out.printf("%-11s %6d %9d | %,14.0f lines/s | %,14.0f lines/s | %,14.0f lines/s%n", language.id(),
                    files.size(), lines, parse, rules, both);
        }
        System.exit(0);
    }

    static double time(int threads, List<Path> files, List<String> texts, Language language,
            List<FileAnalyzer> analyzers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            String text = texts.get(i);
            SourceFile file = new SourceFile(files.get(i).toString(), language, text.length(), Integer.toString(i));
            futures.add(pool.submit(() -> {
                Context context = new Context();
                try {
                    if (analyzers.isEmpty()) {
                        SyntaxTrees.of(context, file, text);
                    }
                    for (FileAnalyzer a : analyzers) {
                        a.analyze(file, text, context);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(file.path(), e);
                } finally {
                    context.close();
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        return (System.nanoTime() - start) / 1e9;
    }

    static String ext(Path p) {
        String n = p.getFileName().toString();
        if (n.endsWith(".min.js")) {
            return "";
        }
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot);
    }

    /** One file's memo, closed (native trees freed) when the file is done, as the scan engine does. */
    static final class Context implements AnalysisContext {
        final Map<String, Object> memo = new ConcurrentHashMap<>();

        public ScanOptions options() {
            return ScanOptions.defaults();
        }

        @SuppressWarnings("unchecked")
        public <T> T cached(SourceFile file, String key, Supplier<T> compute) {
            return (T) memo.computeIfAbsent(key, k -> compute.get());
        }

        public void publish(String kind, Object artifact) {
        }

        public boolean cancelled() {
            return false;
        }

        void close() {
            memo.values().forEach(v -> {
                if (v instanceof SyntaxTree t) {
                    t.close();
                }
            });
        }
    }
}
