package dev.ascctl.apply;

import java.util.List;

/** Applied / failed / skipped per change, and the requests apply sent. */
public record ApplyReport(List<ChangeOutcome> outcomes, long requests, long writes) {
    public ApplyReport {
        outcomes = List.copyOf(outcomes);
    }

    public boolean success() {
        return outcomes.stream().noneMatch(ChangeOutcome::failed);
    }

    public long count(Outcome outcome) {
        return outcomes.stream().filter(o -> o.outcome() == outcome).count();
    }
}
