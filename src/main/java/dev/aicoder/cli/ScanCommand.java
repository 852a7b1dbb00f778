package dev.aicoder.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.Confidence;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.analysis.Severity;
import dev.aicoder.analysis.quality.rules.InvalidRulesException;
import dev.aicoder.analysis.quality.rules.RulePacks;
import dev.aicoder.analysis.security.SupplyChainSetup;
import dev.aicoder.analysis.security.secrets.GitHistorySecretsAnalyzer;
import dev.aicoder.scan.AnalyzerCatalog;
import dev.aicoder.scan.AnalyzerSetup;
import dev.aicoder.scan.Baseline;
import dev.aicoder.scan.DiskResultCache;
import dev.aicoder.scan.ResultCache;
import dev.aicoder.scan.ScanEngine;
import dev.aicoder.scan.ScanListener;
import dev.aicoder.scan.ScanResult;
import dev.aicoder.scan.ScanSettings;
import dev.aicoder.scan.report.Report;
import dev.aicoder.scan.report.ReportFormat;
import dev.aicoder.source.ArchiveIntake;
import dev.aicoder.source.ArchiveLimits;
import dev.aicoder.source.DirectoryWorkspace;
import dev.aicoder.source.IntakeException;
import dev.aicoder.source.WorkspaceBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code aicoder scan PATH}: the scan engine on a local folder or archive, no server, no database. */
@Command(name = "scan", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Scan a folder or a .zip/.tar.gz archive and write a report.",
        footer = { "", "Exit codes: 0 no finding at or above --fail-on, 1 there are such findings, 2 usage error "
                + "or unusable input, 3 internal error." })
public class ScanCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PATH", description = "Folder or .zip/.tar.gz archive to scan.")
    Path path;

    @Option(names = { "-f", "--format" }, paramLabel = "FORMAT",
            description = "sarif, json, html or md (default: from --output's extension, else md).")
    String format;

    @Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "Write the report here (default: stdout).")
    Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit 1 when an unsuppressed finding is at or above: critical, high, medium, low, info.")
    String failOn;

    @Option(names = "--min-confidence", paramLabel = "LEVEL", description = "Report only findings at least this "
            + "confident: high, medium, low (default: all). medium leaves out pattern matches that the taint "
            + "analysis did not confirm.")
    String minConfidence;

    @Option(names = "--rules", paramLabel = "DIR", description = "Extra YAML rule folder (repeatable).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "JSON or SARIF report of an earlier scan: its findings are reported as suppressed.")
    Path baseline;

    @Option(names = "--osv", paramLabel = "PATH",
            description = "OSV advisories (folder, .zip or .json) to match dependencies against, offline.")
    Path osv;

    @Option(names = "--osv-api", paramLabel = "URL",
            description = "Also ask this OSV API (e.g. https://api.osv.dev); needs network.")
    java.net.URI osvApi;

    @Option(names = "--secrets-allow-list", paramLabel = "FILE",
            description = "YAML allow-list of secret values, paths or rules that are not secrets.")
    Path secretsAllowList;

    @Option(names = "--secrets-baseline", paramLabel = "FILE",
            description = "Secrets baseline JSON: known secrets are reported as suppressed.")
    Path secretsBaseline;

    @Option(names = "--git-history", description = "Also scan every commit of the git history for secrets.")
    boolean gitHistory;

    @Option(names = "--categories", split = ",", paramLabel = "LIST",
            description = "Only these: security, quality, standards, performance, maintainability.")
    List<String> categories = new ArrayList<>();

    @Option(names = "--fix", description = "Apply the verified standards fixes to the folder first (each fixed "
            + "file still parses and each fixed finding is gone on a re-check), then report what is left.")
    boolean fix;

    @Option(names = "--threads", description = "Analysis threads (default: one per core).")
    int threads;

    @Option(names = "--cache-dir", paramLabel = "DIR", description = "Result cache (default: ~/.aicoder/cache/scan).")
    Path cacheDir;

    @Option(names = "--no-cache", description = "Analyse every file again.")
    boolean noCache;

    @Option(names = "--no-progress", description = "No progress bar, even on a terminal.")
    boolean noProgress;

    @Option(names = { "-q", "--quiet" }, description = "No summary line on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        Severity threshold = failOn == null ? null : severity(failOn);
        Confidence least = minConfidence == null ? null : confidence(minConfidence);
        ReportFormat fmt = format();
        ScanOptions options = new ScanOptions(categories(), checkedRules(), null,
                gitHistory ? java.util.Map.of(GitHistorySecretsAnalyzer.HISTORY_SETTING, "true") : null);
        SupplyChainSetup supplyChain = SupplyChainSetup.offline(osv, osvApi, secretsAllowList, secretsBaseline);
        java.util.Set<String> accepted = baseline == null ? Set.of() : Baseline.read(existing(baseline, "baseline"));
        PrintStream err = System.err;
        ScanEngine engine = new ScanEngine(new ScanSettings(threads, null, null, "cli"), cache());
        AnalyzerSetup setup = AnalyzerSetup.of(threads).with(supplyChain);
        List<dev.aicoder.analysis.Analyzer> analyzers = new ArrayList<>();
        java.util.function.Supplier<List<dev.aicoder.analysis.Analyzer>> catalog = () -> {
            synchronized (analyzers) {
                if (analyzers.isEmpty()) {
                    analyzers.addAll(AnalyzerCatalog.create(setup));
                }
                return analyzers;
            }
        };
        String fixed = fix ? fix(engine, options, catalog) : null;
        DirectoryWorkspace ws = open();
        ScanResult result;
        ProgressBar bar = !noProgress && System.console() != null ? new ProgressBar(err) : null;
        try {
            result = engine.run(ws, options, catalog, accepted, bar == null ? ScanListener.NONE : bar, () -> false);
        } finally {
            if (bar != null) {
                bar.clear();
            }
            ws.close();
        }
        if (least != null) {
            result = result.filter(f -> Confidence.atLeast(f.confidence(), least));
        }
        write(fmt.render(Report.of(result, path.toString(), null)));
        if (!quiet) {
            if (fixed != null) {
                err.println(fixed);
            }
            err.println(summary(result));
        }
        return threshold != null && result.hasFindingsAtLeast(threshold) ? AicoderCli.FINDINGS : AicoderCli.OK;
    }

    /** Rounds of standards-only scans, each applying the fixes that apply, until none does (at most 10). */
    private String fix(ScanEngine engine, ScanOptions options,
            java.util.function.Supplier<List<dev.aicoder.analysis.Analyzer>> catalog) {
        if (!Files.isDirectory(path)) {
            throw new AicoderCli.UsageException("--fix needs a folder, not an archive: " + path);
        }
        if (!options.enabled(Category.STANDARDS)) {
            throw new AicoderCli.UsageException("--fix applies standards fixes: add standards to --categories");
        }
        ScanOptions standardsOnly = new ScanOptions(EnumSet.of(Category.STANDARDS), options.extraRuleDirs(),
                options.profiles(), options.settings());
        Path root = path.toAbsolutePath().normalize();
        int files = 0;
        int fixes = 0;
        int rounds = 0;
        while (rounds < 10) {
            ScanResult r;
            DirectoryWorkspace ws = open();
            try {
                r = engine.run(ws, standardsOnly, catalog, Set.of(), ScanListener.NONE, () -> false);
            } finally {
                ws.close();
            }
            rounds++;
            FixApplier.Round round = FixApplier.apply(root, r);
            if (round.files() == 0) {
                break;
            }
            files += round.files();
            fixes += round.fixes();
        }
        return "Applied " + fixes + " fix(es) in " + files + " file write(s), " + rounds + " round(s)";
    }

    private DirectoryWorkspace open() {
        if (!Files.exists(path)) {
            throw new AicoderCli.UsageException("no such file or folder: " + path);
        }
        try {
            if (Files.isDirectory(path)) {
                return new WorkspaceBuilder().build(path);
            }
            Path work = Path.of(System.getProperty("java.io.tmpdir"), "aicoder-work");
            return new ArchiveIntake(ArchiveLimits.defaults(), new WorkspaceBuilder(), work).open(path);
        } catch (IntakeException e) {
            throw new AicoderCli.UsageException(path + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new AicoderCli.UsageException("cannot read " + path + ": " + e.getCause().getMessage());
        }
    }

    private ResultCache cache() {
        if (noCache) {
            return ResultCache.NONE;
        }
        Path dir = cacheDir != null ? cacheDir
                : Path.of(System.getProperty("user.home"), ".aicoder", "cache", "scan");
        return new DiskResultCache(dir, 2L * 1024 * 1024 * 1024);
    }

    private ReportFormat format() {
        String f = format;
        if (f == null && output != null) {
            String name = output.getFileName().toString().toLowerCase(Locale.ROOT);
            f = name.endsWith(".sarif") || name.endsWith(".sarif.json") ? "sarif" : name.endsWith(".json") ? "json"
                    : name.endsWith(".html") || name.endsWith(".htm") ? "html" : "md";
        }
        try {
            return ReportFormat.parse(f == null ? "md" : f);
        } catch (IllegalArgumentException e) {
            throw new AicoderCli.UsageException(e.getMessage());
        }
    }

    private static Confidence confidence(String value) {
        try {
            return Confidence.of(value);
        } catch (IllegalArgumentException e) {
            throw new AicoderCli.UsageException("unknown confidence '" + value
                    + "' for --min-confidence; use high, medium or low");
        }
    }

    private static Severity severity(String value) {
        try {
            return Severity.of(value);
        } catch (IllegalArgumentException e) {
            throw new AicoderCli.UsageException("unknown severity '" + value
                    + "' for --fail-on; use critical, high, medium, low or info");
        }
    }

    private Set<Category> categories() {
        Set<Category> out = EnumSet.noneOf(Category.class);
        for (String c : categories) {
            try {
                out.add(Category.of(c));
            } catch (IllegalArgumentException e) {
                throw new AicoderCli.UsageException("unknown category '" + c
                        + "'; use security, quality, standards, performance or maintainability");
            }
        }
        return out;
    }

    /** Extra rule folders, loaded and validated once here so that a broken rule is one clear line, not a crash. */
    private List<Path> checkedRules() {
        for (Path dir : rules) {
            if (!Files.isDirectory(dir)) {
                throw new AicoderCli.UsageException("--rules " + dir + " is not a folder");
            }
            try {
                RulePacks.loadDirectory(dir);
            } catch (InvalidRulesException e) {
                int more = e.problems().size() - 1;
                throw new AicoderCli.UsageException("--rules " + dir + ": " + e.problems().get(0)
                        + (more > 0 ? " (and " + more + " more)" : ""));
            }
        }
        return rules;
    }

    private static Path existing(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new AicoderCli.UsageException(what + " not found: " + file);
        }
        return file;
    }

    private void write(String report) {
        try {
            if (output == null) {
                System.out.print(report);
                System.out.flush();
            } else {
                if (output.getParent() != null) {
                    Files.createDirectories(output.getParent());
                }
                Files.writeString(output, report, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new AicoderCli.UsageException("cannot write " + output + ": " + e.getMessage());
        }
    }

    private String summary(ScanResult r) {
        StringBuilder sb = new StringBuilder("Scanned ").append(r.stats().files()).append(" files (")
                .append(String.format(Locale.ROOT, "%,d", r.stats().lines())).append(" lines) in ")
                .append(String.format(Locale.ROOT, "%.1f", r.stats().durationMs() / 1000.0)).append(" s");
        if (r.stats().cachedFiles() > 0) {
            sb.append(", ").append(r.stats().cachedFiles()).append(" from cache");
        }
        sb.append(": ");
        List<String> parts = new ArrayList<>();
        r.countsBySeverity().forEach((s, n) -> {
            if (n > 0) {
                parts.add(n + " " + s.id());
            }
        });
        sb.append(parts.isEmpty() ? "no findings" : String.join(", ", parts));
        long suppressed = r.findings().stream().filter(dev.aicoder.analysis.Finding::suppressed).count();
        if (suppressed > 0) {
            sb.append(" (").append(suppressed).append(" suppressed)");
        }
        if (!r.warnings().isEmpty()) {
            sb.append("; ").append(r.warnings().size()).append(" warning(s), e.g. ").append(r.warnings().get(0));
        }
        if (output != null) {
            sb.append(" → ").append(output);
        }
        return sb.toString();
    }
}
