package dev.ascctl.resource;

import java.util.Objects;

/**
 * What a resource kind is. What it can do is not declared here but by the capabilities its handler implements
 * ({@link Creatable}, {@link Updatable}, {@link Deletable}).
 *
 * @param name         the kind's name in plans, e.g. {@code appInfoLocalization}
 * @param rank         only a sort key: kinds are listed, read and planned in ascending rank, so it fixes the order
 *                     of changes in a plan (parents listed before their children, for readers). It does not order
 *                     apply: the applier runs a change after the changes it lies inside (address nesting) and
 *                     after those whose ids it references, whatever the ranks
 * @param pruneKey     the {@code policy.prune} key that allows deleting objects missing from the YAML,
 *                     or {@code null} when live objects of this kind are never deleted (needs {@link Deletable})
 * @param afterAppChanges true when a change of this kind must wait for every other change of its app in the same
 *                     apply (e.g. a submission for review, which freezes what it submits); the planner records
 *                     those waits on the change ({@link #runsAfterAppChanges()}), the applier honors them
 */
public record KindSpec(String name, int rank, String pruneKey, boolean afterAppChanges) {
    /** A kind that is ordered only by address nesting and id references. */
    public KindSpec(String name, int rank, String pruneKey) {
        this(name, rank, pruneKey, false);
    }

    public KindSpec {
        Objects.requireNonNull(name, "name");
    }

    /** This kind, but applied only after every other change of its app (see {@code afterAppChanges}). */
    public KindSpec runsAfterAppChanges() {
        return new KindSpec(name, rank, pruneKey, true);
    }
}
