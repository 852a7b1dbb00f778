package dev.aicoder.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds zip and tar.gz archives for tests, including hostile ones (any entry name, links). */
public final class Archives {

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, String> links = new LinkedHashMap<>();

    public static Archives of() {
        return new Archives();
    }

    public Archives file(String name, String content) {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    public Archives file(String name, byte[] content) {
        files.put(name, content);
        return this;
    }

    public Archives symlink(String name, String target) {
        links.put(name, target);
        return this;
    }

    public Path zip(Path dir) throws IOException {
        Path out = dir.resolve("a-" + System.nanoTime() + ".zip");
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(Files.newOutputStream(out))) {
            for (var e : files.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
            for (var e : links.entrySet()) {
                ZipArchiveEntry entry = new ZipArchiveEntry(e.getKey());
                entry.setUnixMode(0120777);
                zip.putArchiveEntry(entry);
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeArchiveEntry();
            }
        }
        return out;
    }

    public byte[] zipBytes(Path dir) throws IOException {
        return Files.readAllBytes(zip(dir));
    }

    public Path tarGz(Path dir) throws IOException {
        Path out = dir.resolve("a-" + System.nanoTime() + ".tar.gz");
        try (OutputStream raw = Files.newOutputStream(out);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(raw))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (var e : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey(), true);
                entry.setSize(e.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(e.getValue());
                tar.closeArchiveEntry();
            }
            for (var e : links.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(e.getKey(), TarConstants.LF_SYMLINK, true);
                entry.setLinkName(e.getValue());
                tar.putArchiveEntry(entry);
                tar.closeArchiveEntry();
            }
        }
        return out;
    }

    /** Bytes of a repeated character, which compress extremely well. */
    public static byte[] zeros(int n) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(n);
        for (int i = 0; i < n; i++) {
            out.write('a');
        }
        return out.toByteArray();
    }
}
