package dev.ascctl.plan;

import java.util.List;
import java.util.Objects;

/**
 * What apply must read again of one app to check a saved plan for staleness: the app, the kinds whose objects the
 * plan fingerprinted in it, and exactly the reads those kinds' live objects were made from. Apps the plan does not
 * touch are not read at all (issue 12: verifying one change in one app of 30 took 61 reads), nor are the other
 * kinds' reads of a touched app.
 *
 * @param bundleId the app
 * @param kinds    the names of the kinds with a fingerprinted object in it, in the planner's order
 * @param reads    beyond the app's base reads, the reads those kinds looked up that had been read; null when they
 *                 cannot be named (a kind looks at every read of a path) or in plans written before, and then
 *                 every kind of the app is read again
 * @param unread   the reads they looked up that had not been read (so their absence is as planned)
 */
public record Reread(String bundleId, List<String> kinds, List<SavedRead> reads, List<String> unread) {
    public Reread {
        Objects.requireNonNull(bundleId, "bundleId");
        kinds = List.copyOf(kinds);
        reads = reads == null ? null : List.copyOf(reads);
        unread = unread == null ? List.of() : List.copyOf(unread);
    }

    /** An app whose kinds are all read again. */
    public Reread(String bundleId, List<String> kinds) {
        this(bundleId, kinds, null, null);
    }
}
