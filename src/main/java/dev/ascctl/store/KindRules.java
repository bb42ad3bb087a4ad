package dev.ascctl.store;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the resource kinds tell the store, so the store keeps no copy of their names or rules: the app.yaml keys they
 * own ({@link StoreSection}), the text limits they declare on their attributes ({@link TextLimits}), and the keys
 * each place of the store holds for them (which keys of a locale file are the version's). The registry of kinds
 * builds it ({@code AllKinds.registry().storeRules()}).
 */
public record KindRules(List<StoreSection> sections, TextLimits limits, Map<TextLimits.Place, List<String>> keys) {
    public KindRules {
        sections = List.copyOf(sections);
        Objects.requireNonNull(limits, "limits");
        keys = Map.copyOf(keys);
    }

    /** The keys the kinds read at a place, in their declaration order. */
    public List<String> keysAt(TextLimits.Place place) {
        return keys.getOrDefault(place, List.of());
    }
}
