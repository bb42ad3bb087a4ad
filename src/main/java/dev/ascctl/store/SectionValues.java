package dev.ascctl.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The kind-owned keys ({@link StoreSection}) an app.yaml writes, by key. A key left out is absent here: that kind
 * is not managed for the app.
 */
public record SectionValues(Map<String, SectionInput> byKey) {
    private static final SectionValues NONE = new SectionValues(Map.of());

    public SectionValues {
        byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
    }

    public static SectionValues none() {
        return NONE;
    }

    /** The value under {@code key}, when app.yaml writes it. */
    public Optional<SectionInput> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }
}
