package dev.aicoder.analysis.security.taint;

/** One hop of a taint trace: where ({@code path}, 1-based {@code line}) and what happened there. */
public record Step(String path, int line, String what) {

    String render(String findingPath) {
        return (path.equals(findingPath) ? "" : path + ":") + line + " " + what;
    }
}
