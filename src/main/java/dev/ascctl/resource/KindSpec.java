package dev.ascctl.resource;

import java.util.Objects;
import java.util.Set;

/**
 * What a resource kind is and what it can do.
 *
 * @param name         the kind's name in plans, e.g. {@code appInfoLocalization}
 * @param rank         apply order: lower ranks are applied first (parents before children)
 * @param capabilities what Apple's API allows for this kind
 * @param pruneKey     the {@code policy.prune} key that allows deleting objects missing from the YAML,
 *                     or {@code null} when live objects of this kind are never deleted
 * @param afterAppChanges true when a change of this kind must wait for every other change of its app in the same
 *                     apply (e.g. a submission for review, which freezes what it submits); the planner records
 *                     those waits on the change ({@link #runsAfterAppChanges()}), the applier honors them
 */
public record KindSpec(String name, int rank, Set<Capability> capabilities, String pruneKey,
                       boolean afterAppChanges) {
    /** A kind that is ordered only by address nesting and id references. */
    public KindSpec(String name, int rank, Set<Capability> capabilities, String pruneKey) {
        this(name, rank, capabilities, pruneKey, false);
    }

    public KindSpec {
        Objects.requireNonNull(name, "name");
        capabilities = Set.copyOf(capabilities);
        if (pruneKey != null && !capabilities.contains(Capability.DELETE)) {
            throw new IllegalArgumentException(name + ": a prune key needs the DELETE capability");
        }
    }

    /** This kind, but applied only after every other change of its app (see {@code afterAppChanges}). */
    public KindSpec runsAfterAppChanges() {
        return new KindSpec(name, rank, capabilities, pruneKey, true);
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }
}
