package dev.aicoder.analysis.quality.rules;

import java.util.List;
import java.util.stream.Collectors;

/** Rule files that cannot be used; {@link #problems()} lists every problem found, not only the first. */
public class InvalidRulesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<RuleProblem> problems;

    public InvalidRulesException(List<RuleProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in rules:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
