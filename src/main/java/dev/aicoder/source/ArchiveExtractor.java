package dev.aicoder.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Unpacks an uploaded {@code .zip}, {@code .tar.gz}/{@code .tgz}, {@code .tar.bz2} or {@code .tar} safely: entries
 * with {@code ..}, absolute or drive-letter paths refuse the whole archive (zip slip); symbolic and hard links,
 * devices and FIFOs are skipped and counted; nested archives stay packed; the {@link ArchiveLimits} stop bombs
 * while unpacking. Nothing is ever written outside the target folder.
 */
public final class ArchiveExtractor {

    private static final long RATIO_FLOOR = 1024 * 1024;

    private final ArchiveLimits limits;

    public ArchiveExtractor(ArchiveLimits limits) {
        this.limits = limits;
    }

    /** What an unpacking did: regular files written, bytes written, and entries skipped by reason. */
    public record Result(int files, long bytes, Map<String, Integer> skipped) {
    }

    /** Unpacks {@code archive} into {@code target} (an empty folder). */
    public Result extract(Path archive, Path target) {
        return run(archive, new Sink(target));
    }

    /** Reads the whole archive through the same checks without writing anything (validation at upload time). */
    public Result inspect(Path archive) {
        return run(archive, new Sink(null));
    }

    private Result run(Path archive, Sink sink) {
        try {
            long size = Files.size(archive);
            Counter counter = new Counter(size);
            switch (ArchiveFormat.sniff(archive)) {
                case ZIP -> zip(archive, sink, counter);
                case TAR -> tar(Files.newInputStream(archive), sink, counter);
                case GZIP -> tar(new GzipCompressorInputStream(Files.newInputStream(archive)), sink, counter);
                case BZIP2 -> tar(new BZip2CompressorInputStream(Files.newInputStream(archive)), sink, counter);
                default -> throw new IntakeException("invalid-archive",
                        "The upload is not a zip, tar.gz, tar.bz2 or tar archive");
            }
            if (counter.files == 0) {
                throw new IntakeException("empty-archive", "The archive holds no files");
            }
            return new Result(counter.files, counter.bytes, Map.copyOf(counter.skipped));
        } catch (IntakeException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new IntakeException("invalid-archive", "The archive is damaged or not readable", e);
        }
    }

    private void zip(Path archive, Sink sink, Counter counter) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(archive).get()) {
            Enumeration<ZipArchiveEntry> entries = zip.getEntriesInPhysicalOrder();
            while (entries.hasMoreElements()) {
                ZipArchiveEntry entry = entries.nextElement();
                String path = counter.entry(entry.getName(), limits);
                if (entry.isUnixSymlink()) {
                    counter.skip(SkipReason.SYMLINK);
                } else if (entry.isDirectory()) {
                    sink.directory(path);
                } else {
                    try (InputStream in = zip.getInputStream(entry)) {
                        sink.file(path, in, counter, limits);
                    }
                }
            }
        }
    }

    private void tar(InputStream raw, Sink sink, Counter counter) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new BufferedInputStream(raw))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                String path = counter.entry(entry.getName(), limits);
                if (entry.isSymbolicLink() || entry.isLink()) {
                    counter.skip(SkipReason.SYMLINK);
                } else if (entry.isDirectory()) {
                    sink.directory(path);
                } else if (entry.isFile()) {
                    sink.file(path, tar, counter, limits);
                } else {
                    counter.skip(SkipReason.UNSUPPORTED);
                }
            }
        }
    }

    /** Running totals, checked on every entry and every chunk. */
    private static final class Counter {
        final long archiveSize;
        final Map<String, Integer> skipped = new LinkedHashMap<>();
        int entries;
        int files;
        long bytes;

        Counter(long archiveSize) {
            this.archiveSize = archiveSize;
        }

        String entry(String name, ArchiveLimits limits) {
            if (++entries > limits.maxEntries()) {
                throw new IntakeException("archive-too-many-entries",
                        "The archive has more than " + limits.maxEntries() + " entries");
            }
            return ArchivePaths.safe(name, limits.maxDepth());
        }

        void add(long n, ArchiveLimits limits) {
            bytes += n;
            if (bytes > limits.maxTotalBytes()) {
                throw new IntakeException("archive-too-large",
                        "The archive unpacks to more than " + limits.maxTotalBytes() / (1024 * 1024) + " MB");
            }
            if (bytes > RATIO_FLOOR && bytes > archiveSize * limits.maxRatio()) {
                throw new IntakeException("archive-bomb", "The archive expands more than " + limits.maxRatio()
                        + " times its size; it looks like an archive bomb");
            }
        }

        void skip(String reason) {
            skipped.merge(reason, 1, Integer::sum);
        }
    }

    /** Writes entries below the target folder, or only counts them when there is no target. */
    private static final class Sink {
        final Path target;
        final byte[] buffer = new byte[64 * 1024];

        Sink(Path target) {
            this.target = target;
        }

        void directory(String path) throws IOException {
            if (target != null && !path.isEmpty()) {
                Files.createDirectories(inside(path));
            }
        }

        void file(String path, InputStream in, Counter counter, ArchiveLimits limits) throws IOException {
            if (path.isEmpty()) {
                return;
            }
            counter.files++;
            OutputStream out = target == null ? OutputStream.nullOutputStream() : open(path);
            try (out) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    counter.add(n, limits);
                    out.write(buffer, 0, n);
                }
            }
        }

        private OutputStream open(String path) throws IOException {
            Path file = inside(path);
            Files.createDirectories(file.getParent());
            return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        }

        private Path inside(String path) {
            Path resolved = target.resolve(path).normalize();
            if (!resolved.startsWith(target)) {
                throw new IntakeException("archive-unsafe-path", "The archive has an entry outside its root");
            }
            return resolved;
        }
    }
}
