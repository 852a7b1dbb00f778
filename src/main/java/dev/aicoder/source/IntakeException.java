package dev.aicoder.source;

/**
 * Source input refused or unusable: a hostile or broken archive, a forbidden git URL or folder, a clone that
 * failed. {@link #code()} is a stable slug (the problem type of the API's 422), the message is safe to show.
 */
public class IntakeException extends RuntimeException {

    private final String code;

    public IntakeException(String code, String message) {
        super(message);
        this.code = code;
    }

    public IntakeException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
