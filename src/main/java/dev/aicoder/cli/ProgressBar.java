package dev.aicoder.cli;

import java.io.PrintStream;

import dev.aicoder.scan.ScanListener;
import dev.aicoder.scan.ScanProgress;

/** A one-line progress bar on stderr, redrawn in place; only used when stderr is a terminal. */
final class ProgressBar implements ScanListener {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private int lastLength;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void progress(ScanProgress p) {
        int filled = p.filesTotal() == 0 ? WIDTH : (int) ((long) WIDTH * p.filesDone() / p.filesTotal());
        String line = String.format("\r[%s%s] %3d%% %d/%d files, %d findings (%s)", "#".repeat(filled),
                " ".repeat(WIDTH - filled), p.percent(), p.filesDone(), p.filesTotal(), p.findings(), p.phase());
        int pad = Math.max(0, lastLength - line.length());
        out.print(line + " ".repeat(pad));
        out.flush();
        lastLength = line.length();
    }

    void clear() {
        if (lastLength > 0) {
            out.print("\r" + " ".repeat(lastLength) + "\r");
            out.flush();
        }
    }
}
