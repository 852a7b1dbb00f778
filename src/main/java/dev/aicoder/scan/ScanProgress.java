package dev.aicoder.scan;

/**
 * Where a running scan is: its phase ({@code prepare}, {@code analyze}, {@code project}, {@code store}), files
 * analysed out of the total, and findings found so far (before duplicates are merged).
 */
public record ScanProgress(String phase, int filesDone, int filesTotal, int findings) {

    public int percent() {
        return filesTotal == 0 ? 0 : (int) Math.min(100, 100L * filesDone / filesTotal);
    }
}
