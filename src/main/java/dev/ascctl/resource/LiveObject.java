package dev.ascctl.resource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One object as App Store Connect has it now.
 *
 * @param key           the object's natural key, typed by its kind (equal to the desired one's when they match)
 * @param kind          the kind's name
 * @param id            Apple's id of the resource that is written to
 * @param attributes    the attributes in the desired object's vocabulary (absent attributes are JSON null)
 * @param blockedReason why Apple refuses edits right now (e.g. the version is in review), or {@code null}
 * @param <K>           the kind's key record
 */
public record LiveObject<K extends KindKey>(K key, String kind, String id, Map<String, JsonNode> attributes,
                                            String blockedReason) {
    public LiveObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The engine's view of the object's name. */
    public Address address() {
        return key.address();
    }
}
