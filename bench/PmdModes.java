import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.aicoder.analysis.AnalysisContext;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.analysis.quality.pmd.PmdAnalyzer;
import dev.aicoder.analysis.quality.pmd.PmdRules;
import dev.aicoder.source.SourceFile;

/** PMD over Java files: one analysis for all files vs one per file. Usage: PmdModes FOLDER MAX_FILES THREADS */
public class PmdModes {

    public static void main(String[] args) throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".java")).sorted().limit(Long.parseLong(args[1]))
                    .toList()) {
                sources.put(p.toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        int threads = Integer.parseInt(args[2]);
        long lines = sources.values().stream().mapToLong(s -> s.lines().count()).sum();
        PmdRules rules = PmdRules.load();
        for (int round = 1; round <= 2; round++) {
            long t = System.nanoTime();
            int found = new PmdAnalyzer(rules, threads).analyze(sources, CONTEXT).size();
            report("round " + round + " one analysis ", sources.size(), lines, found, t);
            t = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Integer>> futures = new ArrayList<>();
            for (var e : sources.entrySet()) {
                futures.add(pool.submit(() -> new PmdAnalyzer(rules, 0).analyze(Map.of(e.getKey(), e.getValue()),
                        CONTEXT).size()));
            }
            found = 0;
            for (Future<Integer> f : futures) {
                found += f.get();
            }
            pool.shutdown();
            report("round " + round + " one per file  ", sources.size(), lines, found, t);
        }
        System.exit(0);
    }

    static void report(String mode, int files, long lines, int findings, long start) {
        double s = (System.nanoTime() - start) / 1e9;
        System.out.printf("%s %d files, %d lines, %d findings: %.2f s, %,.0f lines/s%n", mode, files, lines, findings,
                s, lines / s);
    }

    static final AnalysisContext CONTEXT = new AnalysisContext() {
        public ScanOptions options() {
            return ScanOptions.defaults();
        }

        public <T> T cached(SourceFile file, String key, Supplier<T> compute) {
            return compute.get();
        }

        public void publish(String kind, Object artifact) {
        }

        public boolean cancelled() {
            return false;
        }
    };
}
