package dev.ascctl.resource;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * What the store must say so that a plan finds no change for some live objects: the adoption side of a kind,
 * written by {@code ascctl import}. It has no address: it names a place in the store, not an object.
 *
 * @param storePath  where the attributes go (see {@link ResourceHandler#export})
 * @param attributes YAML keys and values in the order they should be written
 * @param sensitive  keys whose values are secret references, never live values
 */
public record ExportedObject(String storePath, Map<String, JsonNode> attributes, Set<String> sensitive) {
    public ExportedObject {
        Objects.requireNonNull(storePath, "storePath");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        sensitive = Set.copyOf(sensitive);
    }

    /** Attributes with no secret among them. */
    public ExportedObject(String storePath, Map<String, JsonNode> attributes) {
        this(storePath, attributes, Set.of());
    }

    /**
     * The same, with a set secret attribute written as its reference (e.g. {@code ${env:ASC_DEMO_PASSWORD}}) and
     * named sensitive: a live secret is never exported. An unset one stays as it is.
     */
    public ExportedObject withSecretReference(String name, String reference) {
        JsonNode value = attributes.get(name);
        if (value == null || value.isNull()) {
            return this;
        }
        Map<String, JsonNode> out = new LinkedHashMap<>(attributes);
        out.put(name, StringNode.valueOf(reference));
        Set<String> secret = new HashSet<>(sensitive);
        secret.add(name);
        return new ExportedObject(storePath, out, secret);
    }
}
