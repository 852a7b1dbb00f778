package dev.aicoder.scan;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import dev.aicoder.analysis.ScanOptions;
import dev.aicoder.source.SourceFile;
import dev.aicoder.source.Workspace;

/**
 * Cache keys: the product build (the application jar's size and time; a fresh value per process when running
 * from class folders, so development never reuses stale results), the scan options, the content of extra rule
 * folders and the installation's salt, combined with a file's path, language and content hash (or the whole
 * tree's hash for workspace-wide analyzers).
 */
final class CacheKeys {

    private static final String BUILD = build();

    private final String engine;

    CacheKeys(ScanOptions options, String salt) {
        StringBuilder sb = new StringBuilder(BUILD).append('|').append(salt).append('|').append(Fingerprints.VERSION);
        sb.append('|').append(options.categories()).append('|')
                .append(new TreeMap<>(options.profiles())).append('|').append(new TreeMap<>(options.settings()));
        for (Path dir : options.extraRuleDirs()) {
            sb.append('|').append(folderHash(dir));
        }
        this.engine = Fingerprints.hash(sb.toString());
    }

    String file(SourceFile file) {
        return Fingerprints.hash(engine + "|file|" + file.path() + '|' + file.language() + '|' + file.sha256());
    }

    String workspace(String analyzerId, String treeHash) {
        return Fingerprints.hash(engine + "|workspace|" + analyzerId + '|' + treeHash);
    }

    String catalog() {
        return Fingerprints.hash(engine + "|catalog");
    }

    /** A hash of every listed file's path and content hash. */
    static String tree(Workspace ws) {
        StringBuilder sb = new StringBuilder();
        for (SourceFile f : ws.files()) {
            sb.append(f.path()).append('\0').append(f.sha256()).append('\n');
        }
        return Fingerprints.hash(sb.toString());
    }

    private static String folderHash(Path dir) {
        StringBuilder sb = new StringBuilder(dir.toAbsolutePath().toString());
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
            for (Path f : files) {
                sb.append('\n').append(dir.relativize(f)).append('=')
                        .append(Fingerprints.hash(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1)));
            }
        } catch (IOException e) {
            sb.append(UUID.randomUUID());
        }
        return sb.toString();
    }

    private static String build() {
        try {
            CodeSource source = CacheKeys.class.getProtectionDomain().getCodeSource();
            if (source != null) {
                Path location = Path.of(source.getLocation().toURI());
                if (Files.isRegularFile(location)) {
                    return location.getFileName() + ":" + Files.size(location) + ":"
                            + Files.getLastModifiedTime(location).toMillis();
                }
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // fall through: no reuse across processes
        }
        return UUID.randomUUID().toString();
    }
}
