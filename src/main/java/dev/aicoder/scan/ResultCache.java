package dev.aicoder.scan;

import java.util.Optional;

/**
 * A content-addressed store of analysis results: keys are hashes of file content (or of a whole tree) plus the
 * engine's version and options, so an entry never goes stale; it can only stop being asked for.
 */
public interface ResultCache {

    ResultCache NONE = new ResultCache() {
        @Override
        public Optional<byte[]> get(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, byte[] value) {
        }
    };

    Optional<byte[]> get(String key);

    void put(String key, byte[] value);
}
