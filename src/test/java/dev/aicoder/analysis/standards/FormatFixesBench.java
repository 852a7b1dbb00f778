package dev.aicoder.analysis.standards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import dev.aicoder.analysis.standards.java.JavaFormatCheck;
import dev.aicoder.analysis.standards.profile.Profile;
import dev.aicoder.analysis.standards.profile.ProfileCatalog;
import dev.aicoder.source.Language;

/**
 * Applies every verified {@code java.format} fix (google-java-format, Google profile) of a source tree to a copy
 * of it and prints how many were offered; bench/format-fixes.sh then compiles both trees and compares the classes.
 * Usage: {@code FormatFixesBench SOURCE_DIR OUTPUT_DIR}.
 */
public final class FormatFixesBench {

    private FormatFixesBench() {
    }

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Profile google = ProfileCatalog.builtIn().defaultFor(Language.JAVA).orElseThrow();
        StyleCheck format = StandardsAnalyzers.checks().stream().filter(JavaFormatCheck.class::isInstance)
                .findFirst().orElseThrow();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        int issues = 0;
        int offered = 0;
        long started = System.nanoTime();
        for (Path file : files) {
            String code = Files.readString(file);
            String result = code;
            StyleInput in = new StyleInput(source.relativize(file).toString(), Language.JAVA, code, google);
            List<StyleIssue> found = format.check(in);
            for (StyleIssue issue : found) {
                if (issue.ruleId().equals("standards.java.format") && issue.fixed() != null) {
                    issues++;
                    if (FixVerifier.verified(format, in, found, issue)) {
                        offered++;
                        result = issue.fixed();
                    }
                }
            }
            Path target = output.resolve(source.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.writeString(target, result);
        }
        System.out.printf("%d files, %d java.format findings with a fix, %d verified and applied (%.1f s)%n",
                files.size(), issues, offered, (System.nanoTime() - started) / 1e9);
    }
}
