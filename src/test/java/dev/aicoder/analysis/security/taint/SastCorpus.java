package dev.aicoder.analysis.security.taint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.aicoder.analysis.Finding;
import dev.aicoder.source.Language;

/**
 * The labeled SAST corpus under {@code src/test/resources/labeled} (written for this project by its authors, so
 * figures are optimistic for real code) and its score: per CWE, true-positive rate, false-positive rate and their
 * difference (the OWASP Benchmark score), plus the mean over CWEs. A case counts as flagged when a finding with
 * its CWE is reported in its file.
 */
public final class SastCorpus {

    public static final Path ROOT = Path.of("src/test/resources/labeled");
    private static final Pattern LABEL = Pattern.compile("sast: (vulnerable|safe) cwe=(\\d+)");

    public record Case(String path, Language language, boolean vulnerable, int cwe, String content) {
    }

    public record Row(int cwe, int vulnerable, int truePositives, int safe, int falsePositives) {
        public double tpr() {
            return vulnerable == 0 ? 0 : (double) truePositives / vulnerable;
        }

        public double fpr() {
            return safe == 0 ? 0 : (double) falsePositives / safe;
        }

        public double score() {
            return tpr() - fpr();
        }
    }

    public record Score(List<Row> rows, List<String> misses, List<String> falseAlarms) {
        public double meanScore() {
            return rows.stream().mapToDouble(Row::score).average().orElse(0);
        }

        public double meanTpr() {
            return rows.stream().mapToDouble(Row::tpr).average().orElse(0);
        }

        public double meanFpr() {
            return rows.stream().mapToDouble(Row::fpr).average().orElse(0);
        }

        public String table(String title) {
            StringBuilder sb = new StringBuilder(title).append('\n');
            sb.append(String.format(Locale.ROOT, "%-6s %5s %5s %7s %7s %7s%n", "CWE", "vuln", "safe", "TPR", "FPR",
                    "score"));
            for (Row r : rows) {
                sb.append(String.format(Locale.ROOT, "%-6s %5d %5d %6.1f%% %6.1f%% %6.1f%%%n", r.cwe(),
                        r.vulnerable(), r.safe(), 100 * r.tpr(), 100 * r.fpr(), 100 * r.score()));
            }
            sb.append(String.format(Locale.ROOT, "%-6s %5d %5d %6.1f%% %6.1f%% %6.1f%%%n", "mean",
                    rows.stream().mapToInt(Row::vulnerable).sum(), rows.stream().mapToInt(Row::safe).sum(),
                    100 * meanTpr(), 100 * meanFpr(), 100 * meanScore()));
            return sb.toString();
        }
    }

    private SastCorpus() {
    }

    public static List<Case> load() {
        List<Case> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                Language lang = name.endsWith(".java") ? Language.JAVA : name.endsWith(".py") ? Language.PYTHON
                        : name.endsWith(".ts") ? Language.TYPESCRIPT : name.endsWith(".js") ? Language.JAVASCRIPT
                        : null;
                if (lang == null || name.equals("generate.py")) {
                    continue;
                }
                String content = Files.readString(p);
                Matcher m = LABEL.matcher(content.lines().findFirst().orElse(""));
                if (m.find()) {
                    out.add(new Case(ROOT.relativize(p).toString().replace('\\', '/'), lang,
                            m.group(1).equals("vulnerable"), Integer.parseInt(m.group(2)), content));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Scores findings (paths relative to the corpus root) against the labels. */
    public static Score score(List<Case> cases, Collection<Finding> findings) {
        Map<String, List<Integer>> cwesByPath = new TreeMap<>();
        for (Finding f : findings) {
            cwesByPath.computeIfAbsent(f.path(), k -> new ArrayList<>()).addAll(f.cwe());
        }
        Map<Integer, int[]> counts = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        for (Case c : cases) {
            int[] k = counts.computeIfAbsent(c.cwe(), x -> new int[4]);
            boolean flagged = cwesByPath.getOrDefault(c.path(), List.of()).contains(c.cwe());
            if (c.vulnerable()) {
                k[0]++;
                if (flagged) {
                    k[1]++;
                } else {
                    misses.add(c.path());
                }
            } else {
                k[2]++;
                if (flagged) {
                    k[3]++;
                    falseAlarms.add(c.path());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        counts.forEach((cwe, k) -> rows.add(new Row(cwe, k[0], k[1], k[2], k[3])));
        return new Score(rows, misses, falseAlarms);
    }
}
