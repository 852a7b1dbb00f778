package dev.aicoder.analysis.performance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.quality.rules.RulesAnalyzer;
import dev.aicoder.analysis.syntax.SimpleContext;
import dev.aicoder.source.Language;
import dev.aicoder.source.LanguageDetector;
import dev.aicoder.source.SourceFile;

/**
 * Scores the performance rules against the labeled files of {@code performance-labeled/}: a line ending in a
 * comment {@code expect: <rule id>} must be reported by that rule; any other performance finding is a false alarm.
 */
final class LabeledCorpus {

    static final Path DEFAULT = Path.of("src/test/resources/performance-labeled");
    private static final Pattern EXPECT = Pattern.compile("expect:\\s*([\\w.-]+)");

    /** Per-rule counts. */
    static final class Score {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        double precision() {
            int reported = truePositives + falsePositives;
            return reported == 0 ? 1.0 : (double) truePositives / reported;
        }

        double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }
    }

    /** Rule id → score; the key {@code "*"} holds the totals. Misses and false alarms are added to {@code log}. */
    static Map<String, Score> score(Path root, List<String> log) {
        RulesAnalyzer rules = new RulesAnalyzer();
        Map<String, Score> scores = new TreeMap<>();
        Score total = new Score();
        try (Stream<Path> walk = Files.walk(root); SimpleContext context = new SimpleContext()) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root.relativize(p).toString();
                Language language = LanguageDetector.byName(rel).orElse(null);
                if (language == null || !language.isCode()) {
                    continue;
                }
                String content = Files.readString(p, StandardCharsets.UTF_8);
                Set<String> expected = expectations(content);
                SourceFile file = new SourceFile(rel, language, content.length(), Integer.toHexString(content
                        .hashCode()));
                Set<String> found = new HashSet<>();
                for (Finding f : rules.analyze(file, content, context)) {
                    if (f.category() != Category.PERFORMANCE || !found.add(f.startLine() + " " + f.ruleId())) {
                        continue;
                    }
                    Score s = scores.computeIfAbsent(f.ruleId(), k -> new Score());
                    if (expected.contains(f.startLine() + " " + f.ruleId())) {
                        s.truePositives++;
                        total.truePositives++;
                    } else {
                        s.falsePositives++;
                        total.falsePositives++;
                        log.add("false alarm " + rel + ":" + f.startLine() + " " + f.ruleId());
                    }
                }
                for (String e : expected) {
                    if (!found.contains(e)) {
                        String rule = e.substring(e.indexOf(' ') + 1);
                        scores.computeIfAbsent(rule, k -> new Score()).falseNegatives++;
                        total.falseNegatives++;
                        log.add("missed " + rel + ":" + e);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        scores.put("*", total);
        return scores;
    }

    /** {@code "<line> <rule id>"} for every marker. */
    static Set<String> expectations(String content) {
        Set<String> out = new HashSet<>();
        List<String> lines = new ArrayList<>(content.lines().toList());
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            while (m.find()) {
                out.add((i + 1) + " " + m.group(1));
            }
        }
        return out;
    }

    /** Performance findings on unlabeled code: rule id → findings (for reviewing false alarms by hand). */
    static Map<String, List<Finding>> findings(Path root) {
        RulesAnalyzer rules = new RulesAnalyzer();
        Map<String, List<Finding>> out = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root); SimpleContext context = new SimpleContext()) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString();
                Language language = LanguageDetector.byName(rel).orElse(null);
                if (language == null || !language.isCode() || Files.size(p) > 1_000_000) {
                    continue;
                }
                String content = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
                SourceFile file = new SourceFile(rel, language, content.length(), "x");
                for (Finding f : rules.analyze(file, content, context)) {
                    if (f.category() == Category.PERFORMANCE) {
                        out.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * Prints the per-rule table and the totals for the labeled set (used by {@code bench/performance-rules.sh});
     * with {@code --real DIR [samples]}, the performance findings on real code per rule, with samples to review.
     */
    public static void main(String[] args) {
        if (args.length > 1 && args[0].equals("--real")) {
            int samples = args.length > 2 ? Integer.parseInt(args[2]) : 3;
            findings(Path.of(args[1])).forEach((rule, list) -> {
                System.out.printf("%-40s %5d%n", rule, list.size());
                list.stream().limit(samples).forEach(f -> System.out.printf("    %s:%d  %s%n", f.path(), f.startLine(),
                        f.snippet().lines().findFirst().orElse("").strip()));
            });
            return;
        }
        Path root = args.length > 0 ? Path.of(args[0]) : DEFAULT;
        List<String> log = new ArrayList<>();
        Map<String, Score> scores = score(root, log);
        System.out.printf("%-40s %4s %4s %4s %9s %7s%n", "rule", "TP", "FP", "FN", "precision", "recall");
        scores.forEach((rule, s) -> System.out.printf("%-40s %4d %4d %4d %9.2f %7.2f%n", rule.equals("*")
                ? "TOTAL" : rule, s.truePositives, s.falsePositives, s.falseNegatives, s.precision(), s.recall()));
        log.forEach(System.out::println);
    }
}
