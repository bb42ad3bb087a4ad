package dev.ascctl.apply;

import dev.ascctl.plan.Action;
import dev.ascctl.resource.Address;
import java.util.Objects;

/** The outcome of one planned change, for the per-change report. */
public record ChangeOutcome(Address address, Action action, Outcome outcome, String message) {
    public ChangeOutcome {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    public boolean failed() {
        return outcome == Outcome.FAILED || outcome == Outcome.SKIPPED;
    }
}
