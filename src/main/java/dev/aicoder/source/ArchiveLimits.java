package dev.aicoder.source;

/**
 * Defences against archive bombs: at most {@code maxEntries} entries and {@code maxTotalBytes} unpacked, an
 * unpacked size at most {@code maxRatio} times the archive's size (checked once past 1 MB), and entry paths at
 * most {@code maxDepth} folders deep. Archives inside the archive are never unpacked (no nesting).
 */
public record ArchiveLimits(long maxTotalBytes, int maxEntries, int maxRatio, int maxDepth) {

    public static ArchiveLimits defaults() {
        return new ArchiveLimits(1024L * 1024 * 1024, 100_000, 100, 64);
    }
}
