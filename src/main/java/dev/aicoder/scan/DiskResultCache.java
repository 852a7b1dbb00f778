package dev.aicoder.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * {@link ResultCache} in a folder, one file per entry ({@code ab/abcdef….json}), written atomically so that
 * concurrent scans share it safely. Once a day it is trimmed to {@code maxBytes}, least recently used first
 * (a hit refreshes an entry's time).
 */
public final class DiskResultCache implements ResultCache {

    private static final Duration PRUNE_EVERY = Duration.ofDays(1);

    private final Path dir;
    private final long maxBytes;

    public DiskResultCache(Path dir, long maxBytes) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        pruneIfDue();
    }

    @Override
    public Optional<byte[]> get(String key) {
        Path file = file(key);
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            return Optional.of(bytes);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @Override
    public void put(String key, byte[] value) {
        Path file = file(key);
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), ".tmp-", ".json");
            Files.write(tmp, value);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // a cache that cannot be written only makes the next scan slower
        }
    }

    private Path file(String key) {
        return dir.resolve(key.substring(0, 2)).resolve(key + ".json");
    }

    /** Deletes least recently used entries until the cache is below its size limit. */
    void prune() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".json")).forEach(files::add);
        } catch (IOException e) {
            return;
        }
        long total = files.stream().mapToLong(DiskResultCache::size).sum();
        if (total <= maxBytes) {
            return;
        }
        files.sort(Comparator.comparing(DiskResultCache::modified));
        for (Path p : files) {
            if (total <= maxBytes * 9 / 10) {
                break;
            }
            total -= size(p);
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // skip it
            }
        }
    }

    private void pruneIfDue() {
        Path marker = dir.resolve(".pruned");
        try {
            Files.createDirectories(dir);
            if (Files.exists(marker)
                    && modified(marker).toInstant().isAfter(Instant.now().minus(PRUNE_EVERY))) {
                return;
            }
            Files.writeString(marker, Instant.now().toString());
        } catch (IOException e) {
            return;
        }
        prune();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return 0;
        }
    }

    private static FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
