package dev.ascctl.apply;

import dev.ascctl.resource.Address;
import java.util.List;

/**
 * Applied / failed / skipped per change, and the requests apply sent.
 *
 * @param outcomes  one per change that ran, in plan order
 * @param requests  requests the apply sent
 * @param writes    of them, writes
 * @param left      changes not started because the request budget ran out (the next run makes them), in plan order
 * @param stoppedBy why the apply stopped before {@code left}, or null when it ran every change
 */
public record ApplyReport(List<ChangeOutcome> outcomes, long requests, long writes, List<Address> left,
                          String stoppedBy) {
    public ApplyReport {
        outcomes = List.copyOf(outcomes);
        left = List.copyOf(left);
        if (left.isEmpty() != (stoppedBy == null)) {
            throw new IllegalArgumentException("changes are left exactly when the apply stopped early");
        }
    }

    /** A report of an apply that ran every change. */
    public ApplyReport(List<ChangeOutcome> outcomes, long requests, long writes) {
        this(outcomes, requests, writes, List.of(), null);
    }

    /** No change failed (changes left by a budget stop are not failures; see {@link #complete}). */
    public boolean success() {
        return outcomes.stream().noneMatch(ChangeOutcome::failed);
    }

    /** Every change ran: none was left for another run. */
    public boolean complete() {
        return left.isEmpty();
    }

    public long count(Outcome outcome) {
        return outcomes.stream().filter(o -> o.outcome() == outcome).count();
    }
}
