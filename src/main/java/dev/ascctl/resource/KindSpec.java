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
 */
public record KindSpec(String name, int rank, Set<Capability> capabilities, String pruneKey) {
    public KindSpec {
        Objects.requireNonNull(name, "name");
        capabilities = Set.copyOf(capabilities);
        if (pruneKey != null && !capabilities.contains(Capability.DELETE)) {
            throw new IllegalArgumentException(name + ": a prune key needs the DELETE capability");
        }
    }

    public boolean can(Capability capability) {
        return capabilities.contains(capability);
    }
}
