package dev.ascctl.plan;

import java.util.List;
import java.util.Objects;

/**
 * What apply must read again of one app to check a saved plan for staleness: the app and the kinds whose objects
 * the plan fingerprinted in it. Apps the plan does not touch are not read at all (issue 12: verifying one change in
 * one app of 30 took 61 reads).
 *
 * @param bundleId the app
 * @param kinds    the names of the kinds with a fingerprinted object in it, in the planner's order
 */
public record Reread(String bundleId, List<String> kinds) {
    public Reread {
        Objects.requireNonNull(bundleId, "bundleId");
        kinds = List.copyOf(kinds);
    }
}
