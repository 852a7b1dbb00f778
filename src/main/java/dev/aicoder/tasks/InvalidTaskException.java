package dev.aicoder.tasks;

/** A task that cannot be enqueued as asked; {@code code} is the stable problem type the API answers with (422). */
public class InvalidTaskException extends IllegalArgumentException {

    private final String code;

    public InvalidTaskException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
