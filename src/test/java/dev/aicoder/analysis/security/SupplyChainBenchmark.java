package dev.aicoder.analysis.security;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.aicoder.analysis.Finding;
import dev.aicoder.analysis.security.deps.DependencyAnalyzer;
import dev.aicoder.analysis.security.deps.Ecosystem;
import dev.aicoder.analysis.security.deps.osv.InMemoryAdvisoryIndex;
import dev.aicoder.analysis.security.deps.osv.OsvAdvisory;
import dev.aicoder.analysis.security.secrets.GitHistorySecretsAnalyzer;
import dev.aicoder.analysis.security.secrets.SecretHit;
import dev.aicoder.analysis.security.secrets.SecretScanner;
import dev.aicoder.analysis.security.secrets.SecretsSettings;

/**
 * Speed of the supply-chain analyzers on generated inputs (run by bench/supply-speed.sh, not by the test suite):
 * secret scanning throughput, lockfile parsing plus advisory matching, and the git history walk.
 */
public final class SupplyChainBenchmark {

    public static void main(String[] args) throws Exception {
        Random random = new Random(42);
        secrets(random);
        dependencies(Integer.parseInt(args.length > 0 ? args[0] : "5000"), random);
        history(Integer.parseInt(args.length > 1 ? args[1] : "300"));
    }

    static void secrets(Random random) {
        String[] dense = {"    int count = items.size() + %d;", "    logger.info(\"processed {} rows\", n%d);",
                "    String url = \"https://api.example.com/v1/items/%d\";", "    password = request.getParameter(\"p%d\");",
                "    private static final String TOKEN = \"ghp_%s\";", "    // TODO handle the %d case",
                "    config.put(\"timeout\", \"%d\");", "    const apiKey = process.env.API_KEY_%d;"};
        String[] plain = {"    int count = items.size() + %d;", "    logger.info(\"processed {} rows\", n%d);",
                "    String url = \"https://api.example.com/v1/items/%d\";", "    // TODO handle the %d case",
                "    config.put(\"timeout\", \"%d\");", "    for (int i = 0; i < n; i++) { total += values[i] * %d; }"};
        secretCorpus("ordinary code (no secret words)", plain, -1, random);
        secretCorpus("dense code (3 in 8 lines name a secret, 1 in 8 holds a GitHub token)", dense, 4, random);
    }

    private static void secretCorpus(String label, String[] templates, int tokenTemplate, Random random) {
        StringBuilder sb = new StringBuilder();
        int lines = 0;
        while (sb.length() < 20_000_000) {
            int t = random.nextInt(templates.length);
            sb.append(t == tokenTemplate ? String.format(templates[t], token(random, 36)) : String.format(templates[t],
                    random.nextInt(1000))).append('\n');
            lines++;
        }
        String content = sb.toString();
        SecretScanner scanner = SecretScanner.standard();
        scanner.scan("src/main/java/Big.java", content.substring(0, 2_000_000)); // warm-up
        long start = System.nanoTime();
        List<SecretHit> hits = scanner.scan("src/main/java/Big.java", content);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "secrets, %s: %.1f MB, %,d lines in %.2f s = %.1f MB/s, %,.0f lines/s, "
                + "%,d hits%n", label, content.length() / 1e6, lines, seconds, content.length() / 1e6 / seconds,
                lines / seconds, hits.size());
    }

    static void dependencies(int packages, Random random) throws Exception {
        Path dir = Files.createTempDirectory("bench-deps");
        ObjectMapper json = new ObjectMapper();
        ObjectNode lock = json.createObjectNode().put("lockfileVersion", 3);
        ObjectNode pkgs = lock.putObject("packages");
        ObjectNode rootDeps = pkgs.putObject("").putObject("dependencies");
        for (int i = 0; i < packages; i++) {
            String name = "pkg-" + i;
            ObjectNode p = pkgs.putObject("node_modules/" + name).put("version", "1." + (i % 20) + ".0");
            if (i < 50) {
                rootDeps.put(name, "^1.0.0");
            } else {
                p.putObject("dependencies");
                ((ObjectNode) pkgs.get("node_modules/pkg-" + random.nextInt(i))).with("dependencies").put(name, "*");
            }
        }
        Files.writeString(dir.resolve("package-lock.json"), json.writeValueAsString(lock));
        List<OsvAdvisory> advisories = new ArrayList<>();
        for (int i = 0; i < packages * 4; i++) {
            String name = "pkg-" + random.nextInt(packages * 2);
            advisories.add(new OsvAdvisory("BENCH-" + i, "2024-01-01T00:00:00Z", null, null, List.of(), "s", null,
                    List.of(), List.of(new OsvAdvisory.Affected(new OsvAdvisory.Package("npm", name, null),
                            List.of(new OsvAdvisory.Range("SEMVER", List.of(
                                    new OsvAdvisory.Event("1." + random.nextInt(10) + ".0", null, null, null),
                                    new OsvAdvisory.Event(null, "1." + (10 + random.nextInt(10)) + ".0", null, null)))),
                            List.of(), null, List.of())), List.of(), Map.of()));
        }
        long indexStart = System.nanoTime();
        InMemoryAdvisoryIndex index = new InMemoryAdvisoryIndex(advisories, "bench");
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
        DependencyAnalyzer analyzer = new DependencyAnalyzer(index);
        analyzer.analyze(new DirectoryWorkspace(dir), new RecordingContext(Map.of())); // warm-up
        long start = System.nanoTime();
        List<Finding> findings = analyzer.analyze(new DirectoryWorkspace(dir), new RecordingContext(Map.of()));
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "dependencies: %,d packages (package-lock v3, %.1f MB) against %,d advisories "
                + "(index built in %.2f s): parsed, paths computed and matched in %.2f s, %,d findings%n", packages,
                Files.size(dir.resolve("package-lock.json")) / 1e6, advisories.size(), indexSeconds, seconds,
                findings.size());
        Ecosystem.NPM.normalize("x");
    }

    static void history(int commits) throws Exception {
        Path dir = Files.createTempDirectory("bench-history");
        DirectoryWorkspace ws = new DirectoryWorkspace(dir);
        PersonIdent who = new PersonIdent("Bench", "bench@example.com");
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            for (int i = 0; i < commits; i++) {
                StringBuilder file = new StringBuilder();
                for (int l = 0; l < 200; l++) {
                    file.append("line ").append(l).append(" of revision ").append(i).append('\n');
                }
                if (i == commits / 3) {
                    file.append("STRIPE_KEY=sk_live_").append("4eC39HqLyjWDarjtT1zdp7dc").append('\n');
                }
                ws.write("src/file" + (i % 20) + ".txt", file.toString());
                git.add().addFilepattern(".").call();
                git.commit().setMessage("c" + i).setAuthor(who).setCommitter(who).setSign(false).call();
            }
        }
        var analyzer = new GitHistorySecretsAnalyzer(SecretsSettings.defaults());
        var on = new RecordingContext(Map.of(GitHistorySecretsAnalyzer.HISTORY_SETTING, "true"));
        long start = System.nanoTime();
        List<Finding> findings = analyzer.analyze(ws, on);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "history: %d commits (200-line files, 20 paths) walked in %.2f s = %.0f "
                + "commits/s, %d secret(s) found%n", commits, seconds, commits / seconds, findings.size());
    }

    private static String token(Random random, int n) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
