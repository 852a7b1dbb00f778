package dev.aicoder.standards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.scan.ScanOptionsHook;
import dev.aicoder.source.SourceConfig;

/**
 * Puts a tenant's rule packs into its scans: they are written once to a folder named by their content
 * ({@code <work>/tenant-rules/<tenant>/<hash>/<language>/<name>.yml}, never rewritten, so concurrent scans and
 * the rules analyzer's cache agree) and that folder is added to the scan's extra rule folders. Only the scan's
 * own tenant's packs are ever added.
 */
@ApplicationScoped
public class TenantRulePacks implements ScanOptionsHook {

    private static final Duration DB = Duration.ofMinutes(1);

    private final RulePackStore store;
    private final Path root;

    public TenantRulePacks(RulePackStore store, SourceConfig config) {
        this.store = store;
        this.root = config.workDir().orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "aicoder-work"))
                .resolve("tenant-rules");
    }

    @Override
    public ScanOptions apply(UUID tenantId, ScanOptions options) {
        List<RulePackStore.Pack> packs = store.list(tenantId).await().atMost(DB);
        if (packs.isEmpty()) {
            return options;
        }
        StringBuilder all = new StringBuilder();
        packs.forEach(p -> all.append(p.name()).append('\0').append(p.language()).append('\0').append(p.sha256())
                .append('\n'));
        Path dir = root.resolve(tenantId.toString()).resolve(RulePackService.sha256(all.toString()).substring(0, 24));
        if (!Files.isDirectory(dir)) {
            write(dir, packs);
        }
        List<Path> dirs = new ArrayList<>(options.extraRuleDirs());
        dirs.add(dir);
        return new ScanOptions(options.categories(), dirs, options.profiles(), options.settings());
    }

    private static void write(Path dir, List<RulePackStore.Pack> packs) {
        try {
            Files.createDirectories(dir.getParent());
            Path tmp = Files.createTempDirectory(dir.getParent(), ".writing-");
            for (RulePackStore.Pack p : packs) {
                Path folder = p.language() == null ? tmp : tmp.resolve(p.language());
                Files.createDirectories(folder);
                Files.writeString(folder.resolve(p.name() + ".yml"), p.content(), StandardCharsets.UTF_8);
            }
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                delete(tmp); // another scan of the tenant wrote the same packs first
            } catch (IOException e) {
                if (!Files.isDirectory(dir)) {
                    throw e;
                }
                delete(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tenant's rule packs", e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
