package dev.ascctl.sandbox;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One object the sandbox stores, as plain values: attributes hold Strings, Booleans, Numbers, Lists
 * or {@code null}; relationships hold the related ids of the relationships this object owns (a
 * localization owns {@code appInfo}; the appInfo's list of localizations is derived from them).
 */
public record StoredResource(String type, String id, Map<String, Object> attributes, Map<String, List<String>> relationships) {
    public StoredResource {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        // LinkedHashMap, not Map.copyOf: attribute values may be null, and order is kept for output.
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        Map<String, List<String>> rels = new LinkedHashMap<>();
        relationships.forEach((k, v) -> rels.put(k, List.copyOf(v)));
        relationships = Collections.unmodifiableMap(rels);
    }

    public Object attribute(String name) {
        return attributes.get(name);
    }

    /** The ids this resource links to under {@code name}; empty when unset. */
    public List<String> related(String name) {
        return relationships.getOrDefault(name, List.of());
    }

    /** The single id of a to-one relationship, or {@code null}. */
    public String relatedId(String name) {
        List<String> ids = related(name);
        return ids.isEmpty() ? null : ids.get(0);
    }

    /** A copy with {@code changes} applied over the attributes (a {@code null} value clears one). */
    public StoredResource withAttributes(Map<String, ?> changes) {
        Map<String, Object> merged = new LinkedHashMap<>(attributes);
        merged.putAll(changes);
        return new StoredResource(type, id, merged, relationships);
    }

    /** A copy with the given owned relationships replaced. */
    public StoredResource withRelationships(Map<String, List<String>> changes) {
        Map<String, List<String>> merged = new LinkedHashMap<>(relationships);
        merged.putAll(changes);
        return new StoredResource(type, id, attributes, merged);
    }
}
