package dev.aicoder.scan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import dev.aicoder.analysis.Category;
import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.platform.error.ApiException;
import dev.aicoder.scan.ScanViews.AnalyzeOptions;
import dev.aicoder.scan.ScanViews.AnalyzeRequest;
import dev.aicoder.scan.ScanViews.AnalyzeResponse;
import dev.aicoder.scan.ScanViews.FindingView;
import dev.aicoder.source.DirectoryWorkspace;
import dev.aicoder.source.Folders;
import dev.aicoder.source.Language;
import dev.aicoder.source.LanguageDetector;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.SourceLines;
import io.smallrye.mutiny.Uni;

/**
 * {@code POST /api/v1/analyze}: one snippet or file analysed now, with the same engine and analyzers as scans
 * (and their result cache), nothing stored. The language comes from the request, else from the file name or
 * shebang.
 */
@ApplicationScoped
public class AnalyzeService {

    private final ScanEngine engine;
    private final ScanBeans.ServerAnalyzers analyzers;
    private final ScanConfig config;

    public AnalyzeService(ScanEngine engine, ScanBeans.ServerAnalyzers analyzers, ScanConfig config) {
        this.engine = engine;
        this.analyzers = analyzers;
        this.config = config;
    }

    public Uni<AnalyzeResponse> analyze(AnalyzeRequest request) {
        if (request.code() == null || request.code().isEmpty()) {
            throw ApiException.unprocessable("missing-code", "code is required");
        }
        if (request.code().length() > config.analyzeMaxChars()) {
            throw ApiException.unprocessable("code-too-large", "code is longer than " + config.analyzeMaxChars()
                    + " characters; scan large code with POST /api/v1/scans");
        }
        Language language = language(request);
        String name = fileName(request, language);
        ScanOptions options = new ScanOptions(categories(request.options()), null, null, null);
        return ScanService.blocking(() -> run(request.code(), name, language, options));
    }

    private AnalyzeResponse run(String code, String name, Language language, ScanOptions options) {
        Path dir = Folders.newTemp(Path.of(System.getProperty("java.io.tmpdir"), "aicoder-analyze"), "snippet");
        try {
            byte[] bytes = code.getBytes(StandardCharsets.UTF_8);
            Files.write(dir.resolve(name), bytes);
            SourceFile file = new SourceFile(name, language, bytes.length, sha256(bytes));
            DirectoryWorkspace ws = DirectoryWorkspace.of(dir, List.of(file), () -> Folders.deleteQuietly(dir));
            ScanResult result = engine.run(ws, options, analyzers, Set.of(), ScanListener.NONE, () -> false);
            Map<String, Integer> counts = new LinkedHashMap<>();
            result.countsBySeverity().forEach((s, n) -> counts.put(s.id(), n));
            List<FindingView> findings = result.findings().stream().map(f -> FindingView.of(null, f)).toList();
            return new AnalyzeResponse(language.id(), name, SourceLines.count(code), findings, counts,
                    result.stats().durationMs(), result.warnings(), "rules");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Folders.deleteQuietly(dir);
        }
    }

    private static Language language(AnalyzeRequest request) {
        if (request.language() != null && !request.language().isBlank()) {
            try {
                return Language.of(request.language());
            } catch (IllegalArgumentException e) {
                throw ApiException.unprocessable("unknown-language", "Unknown language '" + request.language() + "'");
            }
        }
        String name = request.filename() == null ? "snippet" : request.filename();
        String head = request.code().substring(0, Math.min(8192, request.code().length()));
        return LanguageDetector.detect(name, head).orElseThrow(() -> ApiException.unprocessable("unknown-language",
                "Cannot tell the language; set language (e.g. python) or a filename with an extension"));
    }

    private static String fileName(AnalyzeRequest request, Language language) {
        if (request.filename() != null && !request.filename().isBlank()) {
            String base = request.filename().replace('\\', '/');
            base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
            if (!base.isEmpty() && !base.equals(".") && !base.equals("..")) {
                return base;
            }
        }
        return LanguageDetector.defaultFileName(language);
    }

    private static Set<Category> categories(AnalyzeOptions o) {
        if (o == null) {
            return EnumSet.allOf(Category.class);
        }
        Set<Category> out = EnumSet.noneOf(Category.class);
        add(out, o.security(), Category.SECURITY);
        add(out, o.quality(), Category.QUALITY);
        add(out, o.performance(), Category.PERFORMANCE);
        add(out, o.standards(), Category.STANDARDS);
        add(out, o.maintainability() == null ? o.quality() : o.maintainability(), Category.MAINTAINABILITY);
        return out.isEmpty() ? EnumSet.allOf(Category.class) : out;
    }

    private static void add(Set<Category> set, Boolean on, Category c) {
        if (on == null || on) {
            set.add(c);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
