package dev.aicoder.tasks;

/** A handler made of a lambda, for tests. */
record TestHandler(String type, Body body) implements TaskHandler {

    @FunctionalInterface
    interface Body {
        Object run(TaskContext context) throws Exception;
    }

    @Override
    public Object run(TaskContext context) throws Exception {
        return body.run(context);
    }
}
