package dev.ascctl.resource;

import dev.ascctl.store.Mark;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One object as the YAML wants it: only the attributes the user wrote (an explicit null clears).
 *
 * @param key        the object's natural key, typed by its kind; its address is built from it
 * @param kind       the kind's name
 * @param storePath  dotted path in the store for {@code policy.ignore}, e.g. {@code apps.notes.locales.de-DE}
 * @param attributes Apple attribute name → desired value as written; secret values are the REFERENCE text
 * @param sensitive  attribute names whose values are secrets (never shown, never stored in plans)
 * @param origin     where the object is declared, for messages
 * @param <K>        the kind's key record
 */
public record DesiredObject<K extends KindKey>(K key, String kind, String storePath, Map<String, JsonNode> attributes,
                                               Set<String> sensitive, Mark origin) {
    public DesiredObject {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(storePath, "storePath");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        sensitive = Set.copyOf(sensitive);
    }

    /** The engine's view of the object's name. */
    public Address address() {
        return key.address();
    }

    /**
     * The JSON pointers of the secret references among the attributes {@code sent} in a request body, which apply
     * resolves just before sending (see {@code ApiCall.withSecretPointers}).
     */
    public Set<String> secretPointers(Map<String, JsonNode> sent) {
        Set<String> out = new HashSet<>();
        sent.forEach((name, value) -> {
            if (sensitive.contains(name) && value.isString()) {
                out.add("/data/attributes/" + name);
            }
        });
        return out;
    }

    /** The same object with other attributes (what the planner keeps after ignore rules and refusals). */
    public DesiredObject<K> withAttributes(Map<String, JsonNode> kept) {
        return new DesiredObject<>(key, kind, storePath, kept, sensitive, origin);
    }
}
