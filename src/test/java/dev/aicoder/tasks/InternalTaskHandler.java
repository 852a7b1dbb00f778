package dev.aicoder.tasks;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code test.internal}: a type only code may enqueue. */
@ApplicationScoped
public class InternalTaskHandler implements TaskHandler {

    @Override
    public String type() {
        return "test.internal";
    }

    @Override
    public Object run(TaskContext context) {
        return null;
    }

    @Override
    public boolean submittable() {
        return false;
    }
}
