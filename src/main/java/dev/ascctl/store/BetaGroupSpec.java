package dev.ascctl.store;

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
 * }</pre>
 *
 * @param name       the group's name (natural key)
 * @param attributes Apple's betaGroups attributes as written, without {@code name}
 * @param mark       where the group's name is written
 */
public record BetaGroupSpec(String name, Attributes attributes, Mark mark) {
    public BetaGroupSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a beta group needs a name");
        }
        Objects.requireNonNull(attributes, "attributes");
        Objects.requireNonNull(mark, "mark");
    }
}
