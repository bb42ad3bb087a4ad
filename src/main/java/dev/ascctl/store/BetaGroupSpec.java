package dev.ascctl.store;

import java.util.List;
import java.util.Objects;

/**
 * One beta group of testflight.yaml, keyed by name.
 *
 * <pre>{@code
 * - name: QA
 *   isInternalGroup: false        # create-only at Apple
 *   publicLinkEnabled: true
 *   publicLinkLimit: 100          # at most 10,000
 *   feedbackEnabled: true
 *   builds: ["245", latest]       # build numbers, or latest = the newest valid build
 * }</pre>
 *
 * @param name       the group's name (natural key)
 * @param attributes Apple's betaGroups attributes as written, without {@code name}
 * @param builds     the builds the group gets (build numbers or {@code latest}), empty when not managed
 * @param mark       where the group's name is written
 */
public record BetaGroupSpec(String name, Attributes attributes, List<String> builds, Mark mark) {
    public BetaGroupSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a beta group needs a name");
        }
        Objects.requireNonNull(attributes, "attributes");
        builds = List.copyOf(builds);
        if (new java.util.HashSet<>(builds).size() != builds.size()) {
            throw new IllegalArgumentException("beta group '" + name + "' lists a build twice: " + builds);
        }
        Objects.requireNonNull(mark, "mark");
    }
}
