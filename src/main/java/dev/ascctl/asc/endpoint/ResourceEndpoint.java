package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Linkage;
import dev.ascctl.vocabulary.Vocabulary;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The endpoints of one resource type as Apple's spec declares them, read from the generated vocabulary: a kind
 * whose calls are the plain JSON:API ones (list under its parent, create, update, delete) uses this instead of a
 * hand-written endpoint class. What may be sent is checked against the spec's requests before anything is sent.
 * <pre>{@code
 * ResourceEndpoint declarations = ResourceEndpoint.of("accessibilityDeclarations");
 * declarations.listUnder("apps", appId)                     // GET /v1/apps/{id}/accessibilityDeclarations?fields[..]=..&limit=200
 * declarations.create(attributes, Map.of("app", appId))     // POST /v1/accessibilityDeclarations
 * declarations.update(id, attributes)                       // PATCH /v1/accessibilityDeclarations/{id}
 * declarations.delete(id)                                   // DELETE /v1/accessibilityDeclarations/{id}
 * }</pre>
 */
public final class ResourceEndpoint {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final String type;
    private final Vocabulary.ResourceType spec;
    private final String path;

    private ResourceEndpoint(String type) {
        this.type = type;
        this.spec = Vocabulary.get().type(type);
        this.path = versionOf(type) + type;
    }

    public static ResourceEndpoint of(String type) {
        return new ResourceEndpoint(Objects.requireNonNull(type, "type"));
    }

    public String type() {
        return type;
    }

    /** The attributes Apple's update request takes, in Apple's order (none without an update). */
    public List<String> updatable() {
        return spec.update().map(Vocabulary.WriteRequest::attributes).orElse(List.of());
    }

    /**
     * Every resource of this type under a parent ({@code GET /v1/{parentType}/{id}/{this type}}), with all their
     * attributes and the spec's largest page.
     */
    public ApiQuery listUnder(String parentType, String parentId) {
        String list = versionOf(parentType) + parentType + "/{id}/" + type;
        Vocabulary.Operation operation = Vocabulary.get().operation("GET", list);
        ApiQuery query = ApiQuery.of(list.replace("{id}", RequestBodies.requireId(parentId, parentType)))
                .fields(type, spec.attributes().keySet().toArray(String[]::new));
        return operation.limit() > 0 ? query.limit(operation.limit()) : query;
    }

    /** The create request: attributes the spec's create accepts, and each to-one parent by relationship → id. */
    public ApiCall create(Map<String, JsonNode> attributes, Map<String, String> parents) {
        return create(attributes, parents, Map.of());
    }

    /**
     * {@link #create(Map, Map)} with to-many relationships too, by name → ids in order (e.g. the territories of an
     * availability, which its create names).
     */
    public ApiCall create(Map<String, JsonNode> attributes, Map<String, String> parents,
                          Map<String, ? extends Collection<String>> toMany) {
        Vocabulary.WriteRequest create = spec.create().orElseThrow(() -> new IllegalArgumentException(
                "Apple's spec has no create request for " + type));
        requireAll(create.requiredAttributes(), attributes.keySet(), "attribute");
        Set<String> related = new TreeSet<>(parents.keySet());
        related.addAll(toMany.keySet());
        requireAll(create.requiredRelationships(), related, "relationship");
        Map<String, Linkage> linkages = new LinkedHashMap<>();
        parents.forEach((name, id) -> {
            Vocabulary.Relationship r = create.relationships().get(name);
            if (r == null || r.toMany()) {
                throw new IllegalArgumentException(type + " is not created under a '" + name + "'");
            }
            linkages.put(name, new Linkage(r.target(), RequestBodies.requireId(id, r.target())));
        });
        return RequestBodies.create(path, type, object(attributes), Set.copyOf(create.attributes()), linkages,
                linkages(create, toMany));
    }

    /** The update request with the given attributes (at least one), as the spec's update accepts them. */
    public ApiCall update(String id, Map<String, JsonNode> attributes) {
        return update(id, attributes, Map.of());
    }

    /** {@link #update(String, Map)} that also replaces to-many relationships, by name → ids in order. */
    public ApiCall update(String id, Map<String, JsonNode> attributes,
                          Map<String, ? extends Collection<String>> toMany) {
        Vocabulary.WriteRequest update = spec.update().orElseThrow(() -> new IllegalArgumentException(
                "Apple's spec has no update request for " + type));
        if (attributes.isEmpty() && toMany.isEmpty()) {
            throw new IllegalArgumentException("an update of " + type + " changes at least one attribute");
        }
        return RequestBodies.update(path + "/" + RequestBodies.requireId(id, type), type, id, object(attributes),
                Set.copyOf(update.attributes()), Map.of(), linkages(update, toMany));
    }

    /** The to-many linkages of a write, each relationship one the spec's request declares to-many. */
    private Map<String, List<Linkage>> linkages(Vocabulary.WriteRequest request,
                                                Map<String, ? extends Collection<String>> toMany) {
        Map<String, List<Linkage>> out = new LinkedHashMap<>();
        toMany.forEach((name, ids) -> {
            Vocabulary.Relationship r = request.relationships().get(name);
            if (r == null || !r.toMany()) {
                throw new IllegalArgumentException(type + " takes no list of '" + name + "' here");
            }
            out.put(name, ids.stream().map(id -> new Linkage(r.target(), RequestBodies.requireId(id, r.target())))
                    .toList());
        });
        return out;
    }

    public ApiCall delete(String id) {
        Vocabulary.get().operation("DELETE", path + "/{id}");
        return ApiCall.delete(path + "/" + RequestBodies.requireId(id, type));
    }

    private void requireAll(List<String> required, Set<String> given, String what) {
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(given);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("creating " + type + " needs the " + what + " " + missing);
        }
    }

    private static ObjectNode object(Map<String, JsonNode> attributes) {
        ObjectNode out = NODES.objectNode();
        attributes.forEach(out::set);
        return out;
    }

    /** {@code /v1/} or, for a type Apple serves only under {@code /v2/} (inAppPurchases), {@code /v2/}. */
    private static String versionOf(String type) {
        Vocabulary vocabulary = Vocabulary.get();
        boolean v1 = vocabulary.operations().keySet().stream().anyMatch(k -> k.contains(" /v1/" + type + "/")
                || k.endsWith(" /v1/" + type));
        return v1 ? "/v1/" : "/v2/";
    }
}
