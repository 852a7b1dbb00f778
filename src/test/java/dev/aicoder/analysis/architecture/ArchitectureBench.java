package dev.aicoder.analysis.architecture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.architecture.suggest.TemplateExplainer;

/**
 * Runs the architecture analyzer over a folder of sources and prints the figures; used by
 * {@code bench/architecture.sh} (not a test). Usage: {@code ArchitectureBench <folder> [threads] [runs]}.
 */
public final class ArchitectureBench {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        for (int run = 1; run <= runs; run++) {
            JavaProject project = load(root);
            long t0 = System.nanoTime();
            List<Finding> findings = new ArchitectureAnalyzer(threads, new TemplateExplainer()).analyze(project,
                    project);
            double seconds = (System.nanoTime() - t0) / 1e9;
            ArchitectureReport r = project.report();
            System.out.printf(Locale.ROOT,
                    "run %d: %.2f s  files=%d file-lines=%d type-lines=%d units=%d packages=%d edges=%d package-cycles=%d "
                            + "unit-cycles=%d violations=%d suggestions=%d findings=%d unparsed=%d%n",
                    run, seconds, project.files().size(), lines(project), r.summary().lines(), r.summary().units(),
                    r.summary().packages(), r.summary().dependencies(), r.summary().packageCycles(),
                    r.summary().unitCycles(), r.violations().size(), r.suggestions().size(), findings.size(),
                    r.summary().unparsed());
            if (run == runs) {
                System.out.println("most coupled packages: " + r.summary().mostCoupled());
                r.packageCycles().stream().limit(5).forEach(c -> System.out.println("package cycle: " + c.path()
                        + "  (cut " + c.cutFrom() + " -> " + c.cutTo() + ", " + c.cutWeight() + " refs)"));
                if (System.getenv("DUMP") != null) {
                    r.violations().forEach(v -> System.out.println(v.rule() + " " + v.target() + ": " + v.message()
                            + "\n    " + String.join("\n    ", v.evidence())));
                }
                r.suggestions().stream().limit(8).forEach(s -> System.out.println("suggestion " + s.rank() + ": "
                        + s.title() + " [" + s.effort() + "]"));
            }
        }
    }

    private static long lines(JavaProject p) {
        return p.files().stream().mapToLong(f -> p.read(f).lines().count()).sum();
    }

    private static JavaProject load(Path root) throws IOException {
        JavaProject project = new JavaProject();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().matches(".*\\.(java|py|ts|js|go|cs|kt)$")).sorted()
                    .toList()) {
                project.add(root.relativize(p).toString().replace('\\', '/'),
                        new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        return project;
    }
}
