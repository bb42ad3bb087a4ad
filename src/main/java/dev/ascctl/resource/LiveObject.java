package dev.ascctl.resource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One object as App Store Connect has it now.
 *
 * @param address       the object's address (same natural key as the desired one)
 * @param kind          the kind's name
 * @param id            Apple's id of the resource that is written to
 * @param attributes    the attributes in the desired object's vocabulary (absent attributes are JSON null)
 * @param blockedReason why Apple refuses edits right now (e.g. the version is in review), or {@code null}
 */
public record LiveObject(Address address, String kind, String id, Map<String, JsonNode> attributes,
                         String blockedReason) {
    public LiveObject {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(kind, "kind");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
