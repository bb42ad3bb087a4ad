package dev.ascctl.asc;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON:API resource object as ASC sends it. Parsing is lenient: resources without
 * {@code attributes} (e.g. appStoreVersionReleaseRequests), explicit nulls and unknown attributes
 * are all normal in live responses.
 *
 * @param type          resource type, e.g. {@code appStoreVersions}
 * @param id            server-assigned id (always a string)
 * @param attributes    the attributes; empty when absent, JSON nulls kept as NullNode
 * @param relationships by name; see {@link Relationship#data()} for the meaning of absent data
 * @param selfLink      {@code links.self}, or null
 */
public record Resource(String type, String id, ObjectNode attributes, Map<String, Relationship> relationships,
                       String selfLink) {
    public Resource {
        if (type == null || type.isBlank() || id == null || id.isBlank()) {
            throw new IllegalArgumentException("a resource needs a type and an id");
        }
        attributes = attributes == null ? JsonNodeFactory.instance.objectNode() : attributes.deepCopy();
        relationships = Map.copyOf(Objects.requireNonNullElse(relationships, Map.of()));
    }

    static Resource from(JsonNode node) {
        if (!node.isObject() || !node.path("type").isString() || !node.path("id").isString()) {
            throw new AscException("Unexpected response: a resource object lacks its string type or id");
        }
        JsonNode attrs = node.path("attributes");
        Map<String, Relationship> rels = new LinkedHashMap<>();
        node.path("relationships").forEachEntry((name, rel) -> {
            if (rel.isObject()) {
                rels.put(name, Relationship.from(rel));
            }
        });
        JsonNode self = node.path("links").path("self");
        return new Resource(node.get("type").asString(), node.get("id").asString(),
                attrs.isObject() ? (ObjectNode) attrs : null, rels, self.isString() ? self.asString() : null);
    }

    /** The attribute's value: MissingNode when absent, NullNode when sent as null. Never null. */
    public JsonNode attribute(String name) {
        return attributes.path(name);
    }

    /** The attribute as text, empty when absent, null or not a scalar. */
    public Optional<String> text(String name) {
        JsonNode value = attribute(name);
        return value.isValueNode() && !value.isNull() ? Optional.of(value.asString()) : Optional.empty();
    }

    /** The named relationship, empty when the resource does not list it. */
    public Optional<Relationship> relationship(String name) {
        return Optional.ofNullable(relationships.get(name));
    }

    public Linkage linkage() {
        return new Linkage(type, id);
    }
}
