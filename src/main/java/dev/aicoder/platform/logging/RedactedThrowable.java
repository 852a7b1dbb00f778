package dev.aicoder.platform.logging;

/**
 * Stand-in for an exception whose message may contain a secret: same class name, same stack, masked messages,
 * down the cause chain.
 */
final class RedactedThrowable extends Throwable {

    private static final int MAX_DEPTH = 16;
    private final String className;

    private RedactedThrowable(Throwable original, Throwable cause) {
        super(Redactor.redact(original.getMessage()), cause, false, true);
        this.className = original.getClass().getName();
        setStackTrace(original.getStackTrace());
    }

    static Throwable of(Throwable original) {
        return of(original, 0);
    }

    private static Throwable of(Throwable original, int depth) {
        if (original == null || original instanceof RedactedThrowable || depth > MAX_DEPTH) {
            return null;
        }
        Throwable cause = original.getCause() == original ? null : of(original.getCause(), depth + 1);
        RedactedThrowable copy = new RedactedThrowable(original, cause);
        for (Throwable suppressed : original.getSuppressed()) {
            Throwable masked = of(suppressed, depth + 1);
            if (masked != null) {
                copy.addSuppressed(masked);
            }
        }
        return copy;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message != null ? className + ": " + message : className;
    }
}
