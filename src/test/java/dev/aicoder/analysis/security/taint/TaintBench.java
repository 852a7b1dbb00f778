package dev.aicoder.analysis.security.taint;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.security.taint.java.JavaTaintAnalyzer;
import dev.aicoder.analysis.syntax.MapWorkspace;
import dev.aicoder.analysis.syntax.SimpleContext;
import dev.aicoder.source.Language;

/**
 * Runs the Java taint analyzer over a folder of Java sources and prints wall time, process CPU time, files, lines
 * and findings; used by {@code bench/taint-speed.sh} (not a test). Usage: {@code TaintBench <folder> [runs]}.
 */
public final class TaintBench {

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        MapWorkspace ws = new MapWorkspace();
        long lines = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                lines += text.lines().count();
                ws.add(root.relativize(p).toString().replace('\\', '/'), Language.JAVA, text);
            }
        }
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int run = 1; run <= runs; run++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            List<Finding> findings;
            try (SimpleContext ctx = new SimpleContext()) {
                findings = new JavaTaintAnalyzer().analyze(ws, ctx);
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: wall %.2f s  cpu %.2f s  files=%d lines=%d findings=%d heap=%d MB%n",
                    run, wall, cpu, ws.files().size(), lines, findings.size(),
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        }
    }
}
