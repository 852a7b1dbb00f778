package dev.aicoder.scan;

/** Receives progress from the engine, on the thread that called {@link ScanEngine#run}, a few times a second. */
@FunctionalInterface
public interface ScanListener {

    ScanListener NONE = p -> {
    };

    void progress(ScanProgress progress);
}
