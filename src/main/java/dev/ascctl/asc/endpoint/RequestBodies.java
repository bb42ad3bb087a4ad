package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import dev.ascctl.vocabulary.Vocabulary;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds JSON:API request bodies the way Apple's {@code *CreateRequest}/{@code *UpdateRequest}
 * schemas declare them: {@code {"data":{"type","id"?,"attributes"?,"relationships"?}}}.
 * Attribute names are checked against what the endpoint accepts, so a typo or an immutable field
 * fails before the first write instead of as a 409 from Apple.
 */
public final class RequestBodies {
    private static final Pattern SECRET_REFERENCE = Pattern.compile("\\$\\{(env|file):[^}]+}");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RequestBodies() {
    }

    public static ApiCall create(String path, String type, ObjectNode attributes, Set<String> allowed,
                          Map<String, Linkage> relationships) {
        return create(path, type, attributes, allowed, relationships, Map.of());
    }

    /** A create with to-one {@code relationships} and to-many ones ({@code toMany}, name → linkages in order). */
    public static ApiCall create(String path, String type, ObjectNode attributes, Set<String> allowed,
                                 Map<String, Linkage> relationships, Map<String, List<Linkage>> toMany) {
        return withSecrets(ApiCall.post(path, body(type, null, attributes, allowed, relationships, toMany)),
                attributes);
    }

    public static ApiCall update(String path, String type, String id, ObjectNode attributes, Set<String> allowed,
                          Map<String, Linkage> relationships) {
        return update(path, type, id, attributes, allowed, relationships, Map.of());
    }

    /** An update with to-one {@code relationships} and to-many ones ({@code toMany}, name → linkages in order). */
    public static ApiCall update(String path, String type, String id, ObjectNode attributes, Set<String> allowed,
                                 Map<String, Linkage> relationships, Map<String, List<Linkage>> toMany) {
        return withSecrets(ApiCall.patch(path, body(type, requireId(id, type), attributes, allowed, relationships,
                toMany)), attributes);
    }

    public static String requireId(String id, String what) {
        if (id == null || id.isBlank() || id.contains("/") || id.contains("?")) {
            throw new IllegalArgumentException("a valid " + what + " id is required: " + id);
        }
        return id;
    }

    private static ObjectNode body(String type, String id, ObjectNode attributes, Set<String> allowed,
                                   Map<String, Linkage> relationships, Map<String, List<Linkage>> toMany) {
        ObjectNode data = NODES.objectNode();
        data.put("type", type);
        if (id != null) {
            data.put("id", id);
        }
        if (attributes != null && !attributes.isEmpty()) {
            for (String name : attributes.propertyNames()) {
                if (!allowed.contains(name)) {
                    throw new IllegalArgumentException("'" + name + "' cannot be sent to " + type
                            + " here; accepted: " + new TreeSet<>(allowed));
                }
            }
            data.set("attributes", attributes.deepCopy());
        }
        if ((relationships != null && !relationships.isEmpty()) || !toMany.isEmpty()) {
            ObjectNode rels = data.putObject("relationships");
            if (relationships != null) {
                relationships.forEach((name, target) -> rels.putObject(name).set("data",
                        linkage(target.type(), target.id())));
            }
            toMany.forEach((name, targets) -> {
                ArrayNode list = rels.putObject(name).putArray("data");
                targets.forEach(target -> list.add(linkage(target.type(), target.id())));
            });
        }
        ObjectNode root = NODES.objectNode();
        root.set("data", data);
        return root;
    }

    /** Attribute values written as {@code ${env:NAME}} / {@code ${file:path}} are secret references. */
    private static ApiCall withSecrets(ApiCall call, ObjectNode attributes) {
        if (attributes == null) {
            return call;
        }
        Set<String> pointers = new TreeSet<>();
        attributes.forEachEntry((name, value) -> {
            if (value.isString() && SECRET_REFERENCE.matcher(value.asString()).matches()) {
                pointers.add("/data/attributes/" + name);
            }
        });
        return pointers.isEmpty() ? call : call.withSecretPointers(pointers);
    }

    /** The attributes Apple's create request for {@code type} accepts, from the generated vocabulary. */
    public static Set<String> creatable(String type) {
        return Set.copyOf(Vocabulary.get().type(type).create().orElseThrow(() -> new IllegalArgumentException(
                "Apple's spec has no create request for " + type)).attributes());
    }

    /** The attributes Apple's update request for {@code type} accepts, from the generated vocabulary. */
    public static Set<String> updatable(String type) {
        return Set.copyOf(Vocabulary.get().type(type).update().orElseThrow(() -> new IllegalArgumentException(
                "Apple's spec has no update request for " + type)).attributes());
    }

    /** A JSON:API resource identifier, {@code {"type", "id"}}, as a relationship's {@code data} holds it. */
    public static ObjectNode linkage(String type, String id) {
        return NODES.objectNode().put("type", type).put("id", id);
    }

    public static void requireAttributes(ObjectNode attributes, String type, String... names) {
        Objects.requireNonNull(attributes, "attributes");
        for (String name : names) {
            if (!attributes.path(name).isString() || attributes.path(name).asString().isBlank()) {
                throw new IllegalArgumentException("creating " + type + " needs the attribute '" + name + "'");
            }
        }
    }
}
