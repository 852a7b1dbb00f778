package dev.aicoder.analysis.quality.rules;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Text for regex matching that gives up when the file's time budget is spent: Java regexes backtrack, and a
 * tenant's rule can be catastrophic ({@code (a+)+$}); polling in {@link #charAt} is the standard way to stop one.
 */
final class CancellableText implements CharSequence {

    private final CharSequence text;
    private final BooleanSupplier cancelled;
    private int reads;

    CancellableText(CharSequence text, BooleanSupplier cancelled) {
        this.text = text;
        this.cancelled = cancelled;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
            throw new CancellationException("regex stopped: time budget spent or scan cancelled");
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CancellableText(text.subSequence(start, end), cancelled);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
