package dev.ascctl.workflow;

import dev.ascctl.store.Problem;
import java.util.List;

/** The store has problems; nothing was sent. Each problem carries file:line:column. */
public final class InvalidStoreException extends RuntimeException {
    private final List<Problem> problems;

    public InvalidStoreException(List<Problem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in the store; nothing was sent"
                + " to App Store Connect.");
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
