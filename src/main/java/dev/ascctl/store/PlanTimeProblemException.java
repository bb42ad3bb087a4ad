package dev.ascctl.store;

import java.util.List;

/**
 * A value of the store that only live data shows to be wrong (e.g. a price that is none of Apple's price points),
 * found while planning: the plan stops before any write, and the problem is printed with its file:line:column.
 */
public final class PlanTimeProblemException extends RuntimeException {
    private final List<Problem> problems;

    public PlanTimeProblemException(Problem problem) {
        super("the store has a value App Store Connect does not accept; nothing was sent");
        this.problems = List.of(problem);
    }

    public List<Problem> problems() {
        return problems;
    }
}
