package org.gongkai.importing;

import java.util.List;

/** The input cannot be read into a disclosure; every problem found is listed with its place. */
public class UnusableInputException extends RuntimeException {

    private final List<InputProblem> problems;

    public UnusableInputException(List<InputProblem> problems) {
        super(problems.isEmpty() ? "unusable input" : problems.get(0).describe()
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        this.problems = List.copyOf(problems);
    }

    public static UnusableInputException of(InputProblem problem) {
        return new UnusableInputException(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }
}
