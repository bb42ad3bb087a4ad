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
 * @param idAfterApply  for an object Apple makes during the apply (a copy), how its id is found then; its {@code id}
 *                      is then that placeholder. {@code null} for an object that exists now
 * @param <K>           the kind's key record
 */
public record LiveObject<K extends KindKey>(K key, String kind, String id, Map<String, JsonNode> attributes,
                                            String blockedReason, IdAfterApply idAfterApply) {
    public LiveObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        if (idAfterApply != null && !idAfterApply.token().equals(id)) {
            throw new IllegalArgumentException("the id of a copy is its placeholder " + idAfterApply.token());
        }
    }

    /** An object that exists now. */
    public LiveObject(K key, String kind, String id, Map<String, JsonNode> attributes, String blockedReason) {
        this(key, kind, id, attributes, blockedReason, null);
    }

    /**
     * An object Apple makes during the apply, as a copy with these attributes (e.g. the localization it copies into
     * a new version): the plan compares with them, and the writes use the id found by {@code id}'s lookups.
     */
    public static <K extends KindKey> LiveObject<K> copy(K key, String kind, Map<String, JsonNode> attributes,
                                                          IdAfterApply id) {
        return new LiveObject<>(key, kind, id.token(), attributes, null, id);
    }

    /** The engine's view of the object's name. */
    public Address address() {
        return key.address();
    }
}
