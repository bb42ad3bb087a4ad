package dev.ascctl.store;

import java.util.List;
import java.util.Objects;

/**
 * What the resource kinds tell the store to check, so the store keeps no copy of their rules: the app.yaml keys they
 * own ({@link StoreSection}) and the text limits they declare on their attributes ({@link TextLimits}). The
 * registry of kinds builds it ({@code AllKinds.registry().storeRules()}).
 */
public record KindRules(List<StoreSection> sections, TextLimits limits) {
    public KindRules {
        sections = List.copyOf(sections);
        Objects.requireNonNull(limits, "limits");
    }
}
