package dev.ascctl.sandbox.jsonapi;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.model.AttributeSpec;
import dev.ascctl.sandbox.model.Operation;
import dev.ascctl.sandbox.model.RelationshipSpec;
import dev.ascctl.sandbox.model.ResourceCatalog;
import dev.ascctl.sandbox.model.ResourceSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The body of a POST or PATCH, checked against the resource type the way ASC checks it: wrong
 * {@code type} or {@code id}, unknown, read-only or immutable attributes, values of the wrong kind,
 * missing required attributes → 409 ENTITY_ERROR.ATTRIBUTE.* with {@code source.pointer}; unknown,
 * missing or dangling relationships → 409 ENTITY_ERROR.RELATIONSHIP.INVALID.
 *
 * @param attributes    the attributes sent (a present key with a null value clears it)
 * @param relationships the relationships sent, as related ids (empty list for {@code data: null}); an id may be
 *                      the client's placeholder for a resource in {@code included}
 * @param included      the resources created inline ({@code included[]} of e.g. a price schedule's POST), by the
 *                      client's placeholder id
 */
public record WriteRequest(Operation operation, Map<String, Object> attributes, Map<String, List<String>> relationships,
                           Map<String, Inline> included) {
    /** One resource of {@code included[]}, checked against its type's {@code XInlineCreate}. */
    public record Inline(String type, String placeholder, WriteRequest request) {
    }

    public WriteRequest {
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        Map<String, List<String>> rels = new LinkedHashMap<>();
        relationships.forEach((k, v) -> rels.put(k, List.copyOf(v)));
        relationships = Collections.unmodifiableMap(rels);
        included = Collections.unmodifiableMap(new LinkedHashMap<>(included));
    }

    public WriteRequest(Operation operation, Map<String, Object> attributes, Map<String, List<String>> relationships) {
        this(operation, attributes, relationships, Map.of());
    }

    public boolean has(String attribute) {
        return attributes.containsKey(attribute);
    }

    /** The single id of a to-one relationship sent, or {@code null}. */
    public String relatedId(String relationship) {
        List<String> ids = relationships.getOrDefault(relationship, List.of());
        return ids.isEmpty() ? null : ids.get(0);
    }

    public static WriteRequest parse(String body, ResourceSpec spec, Operation operation, String pathId,
                                     SandboxState state, ObjectMapper json, ResourceCatalog catalog) {
        JsonNode root = readRoot(body, json);
        JsonNode data = root.get("data");
        Map<String, Inline> included = readIncluded(root.path("included"), catalog, state, json);
        String type = data.path("type").asString(null);
        if (!spec.type().equals(type)) {
            throw Errors.invalidAttribute("/data/type",
                    "The resource type '" + type + "' does not match the type '" + spec.type() + "' of this endpoint.");
        }
        if (operation == Operation.UPDATE && !pathId.equals(data.path("id").asString(null))) {
            throw Errors.invalidAttribute("/data/id", "The resource id in the body does not match the id in the path.");
        }
        Map<String, Object> attributes = readAttributes(data.path("attributes"), spec, operation, json);
        Map<String, List<String>> relationships = readRelationships(data.path("relationships"), spec, operation, state,
                included);
        return new WriteRequest(operation, attributes, relationships, included);
    }

    private static Map<String, Inline> readIncluded(JsonNode items, ResourceCatalog catalog, SandboxState state,
                                                    ObjectMapper json) {
        Map<String, Inline> out = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = "/included/" + i;
            String type = item.path("type").asString("");
            String id = item.path("id").asString("");
            ResourceSpec spec = catalog.find(type).orElseThrow(() -> Errors.invalidAttribute(at + "/type", "The resource type '" + type + "' can not be included in this request."));
            if (id.isEmpty() || out.containsKey(id)) {
                throw Errors.invalidAttribute(at + "/id", "Each included resource needs its own id.");
            }
            WriteRequest request = new WriteRequest(Operation.CREATE,
                    readAttributes(item.path("attributes"), spec, Operation.CREATE, json),
                    readRelationships(item.path("relationships"), spec, Operation.CREATE, state, Map.of()));
            out.put(id, new Inline(type, id, request));
        }
        return out;
    }

    private static JsonNode readRoot(String body, ObjectMapper json) {
        JsonNode root = json(body, json);
        if (root == null || !root.path("data").isObject()) {
            throw Errors.unprocessable("The request body must be a JSON object with a 'data' object.");
        }
        return root;
    }

    /** A request body as JSON, or null when there is none; a body that is not JSON is Apple's 422. */
    static JsonNode json(String body, ObjectMapper json) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (JacksonException e) {
            throw Errors.unprocessable("The request body is not valid JSON.");
        }
    }

    private static Map<String, Object> readAttributes(JsonNode node, ResourceSpec spec, Operation op, ObjectMapper json) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String name = e.getKey();
                String pointer = "/data/attributes/" + name;
                AttributeSpec attr = spec.attributes().get(name);
                if (attr == null) {
                    throw Errors.unknownAttribute(pointer, name, spec.type());
                }
                if (!attr.access().allows(op)) {
                    throw Errors.invalidAttribute(pointer, "The attribute '" + name + "' can not be included in a '"
                            + op + "' request for the resource type '" + spec.type() + "'.");
                }
                Object value = e.getValue().isNull() ? null : json.treeToValue(e.getValue(), Object.class);
                if (value != null && !attr.accepts(value)) {
                    throw Errors.invalidAttribute(pointer, "The value of '" + name + "' is not valid: expected "
                            + attr.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + (attr.values().isEmpty() ? "" : " one of " + new java.util.TreeSet<>(attr.values())) + ".");
                }
                out.put(name, value);
            }
        }
        if (op == Operation.CREATE) {
            for (AttributeSpec attr : spec.attributes().values()) {
                if (attr.requiredOnCreate() && out.get(attr.name()) == null) {
                    throw Errors.requiredAttribute("/data/attributes/" + attr.name(),
                            "You must provide a value for the attribute '" + attr.name() + "' with this request");
                }
            }
        }
        return out;
    }

    private static Map<String, List<String>> readRelationships(JsonNode node, ResourceSpec spec, Operation op,
                                                               SandboxState state, Map<String, Inline> included) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String name = e.getKey();
                String pointer = "/data/relationships/" + name;
                RelationshipSpec rel = spec.relationships().get(name);
                if (rel == null || !rel.access().allows(op)) {
                    throw Errors.invalidRelationship(pointer, "The relationship '" + name
                            + "' can not be included in a '" + op + "' request for the resource type '" + spec.type() + "'.");
                }
                out.put(name, readLinkage(e.getValue().path("data"), rel, pointer + "/data", state, included));
            }
        }
        if (op == Operation.CREATE) {
            for (RelationshipSpec rel : spec.relationships().values()) {
                // A required to-many may be empty (an availability in no territory), but not left out.
                if (rel.requiredOnCreate() && (rel.toMany() ? !out.containsKey(rel.name())
                        : out.getOrDefault(rel.name(), List.of()).isEmpty())) {
                    throw Errors.invalidRelationship("/data/relationships/" + rel.name(),
                            "You must provide a value for the relationship '" + rel.name() + "' with this request");
                }
            }
        }
        return out;
    }

    private static List<String> readLinkage(JsonNode data, RelationshipSpec rel, String pointer, SandboxState state,
                                            Map<String, Inline> included) {
        List<JsonNode> items = new ArrayList<>();
        if (rel.toMany() && data.isArray()) {
            data.forEach(items::add);
        } else if (!rel.toMany() && data.isObject()) {
            items.add(data);
        } else if (rel.toMany() || !data.isNull()) {
            throw Errors.invalidRelationship(pointer, "The relationship '" + rel.name() + "' expects "
                    + (rel.toMany() ? "an array of resource identifiers." : "one resource identifier or null."));
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode item : items) {
            String type = item.path("type").asString(null);
            String id = item.path("id").asString(null);
            boolean inline = id != null && included.containsKey(id) && included.get(id).type().equals(type);
            if (!rel.targetType().equals(type) || id == null || !inline && state.get(type, id).isEmpty()) {
                throw Errors.invalidRelationship(pointer, "There is no resource of type '" + type + "' with id '"
                        + id + "' for the relationship '" + rel.name() + "'.");
            }
            ids.add(id);
        }
        return ids;
    }
}
