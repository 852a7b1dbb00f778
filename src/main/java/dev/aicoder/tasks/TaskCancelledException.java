package dev.aicoder.tasks;

/** Thrown inside a handler to stop a task whose cancel was requested (or whose lease this worker lost). */
public class TaskCancelledException extends RuntimeException {

    public TaskCancelledException(String message) {
        super(message, null, false, false);
    }
}
