package dev.aicoder.tasks;

/** A failure that another attempt cannot fix (bad payload, missing repository): the task fails at once. */
public class NonRetryableTaskException extends RuntimeException {

    public NonRetryableTaskException(String message) {
        super(message);
    }

    public NonRetryableTaskException(String message, Throwable cause) {
        super(message, cause);
    }
}
