package dev.ascctl.asc.endpoint.nominations;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Featuring nominations (Apple's spec 4.4.1, {@code /v1/nominations}).
 * <pre>{@code
 * Nominations.ofApp(appId)                      // GET /v1/nominations?filter[relatedApps]=..&filter[state]=DRAFT,SUBMITTED,ARCHIVED&include=relatedApps,supportedTerritories&fields[apps]=bundleId&limit=200
 * Nominations.create(attributes, related)       // POST /v1/nominations {submitted, ...} + relatedApps, supportedTerritories, inAppEvents
 * Nominations.update(id, attributes, related)   // PATCH /v1/nominations/{id}
 * }</pre>
 * The body is written here rather than through {@link RequestBodies#create}, which takes to-one parents only:
 * a nomination's relationships are all to-many. Attribute names are still checked against the vocabulary.
 */
public final class Nominations {
    public static final String TYPE = "nominations";
    /** Every state: {@code filter[state]} is required, and the plan needs the archived ones to name them. */
    static final List<String> STATES = List.of("DRAFT", "SUBMITTED", "ARCHIVED");
    /** Relationship name → the type its linkages carry. */
    public static final Map<String, String> RELATIONSHIPS = Map.of("relatedApps", "apps",
            "supportedTerritories", "territories", "inAppEvents", "appEvents");

    private Nominations() {
    }

    /**
     * Every nomination that relates to the app, with its related apps' bundle ids and its territories included
     * (one request for up to 200 nominations; an app rarely has more than a few a year).
     */
    public static ApiQuery ofApp(String appId) {
        return ApiQuery.of("/v1/" + TYPE).filter("relatedApps", RequestBodies.requireId(appId, "apps"))
                .filter("state", STATES).include("relatedApps", "supportedTerritories", "inAppEvents")
                .fields("apps", "bundleId").limit(200).limit("relatedApps", 50).limit("inAppEvents", 50)
                .limit("supportedTerritories", 200);
    }

    /** {@code POST /v1/nominations}: a draft, or submitted at once with {@code submitted: true}. */
    public static ApiCall create(ObjectNode attributes, Map<String, ? extends Collection<String>> related) {
        return ApiCall.post("/v1/" + TYPE, body(null, attributes, RequestBodies.creatable(TYPE), related));
    }

    /** {@code PATCH /v1/nominations/{id}} with the attributes and to-many relationships that change. */
    public static ApiCall update(String id, ObjectNode attributes, Map<String, ? extends Collection<String>> related) {
        RequestBodies.requireId(id, TYPE);
        return ApiCall.patch("/v1/" + TYPE + "/" + id, body(id, attributes, RequestBodies.updatable(TYPE), related));
    }

    private static ObjectNode body(String id, ObjectNode attributes, java.util.Set<String> allowed,
                                   Map<String, ? extends Collection<String>> related) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode data = root.putObject("data").put("type", TYPE);
        if (id != null) {
            data.put("id", id);
        }
        for (String name : attributes.propertyNames()) {
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("'" + name + "' cannot be sent to " + TYPE);
            }
        }
        if (!attributes.isEmpty()) {
            data.set("attributes", attributes.deepCopy());
        }
        if (!related.isEmpty()) {
            ObjectNode relationships = data.putObject("relationships");
            related.forEach((name, ids) -> {
                String type = RELATIONSHIPS.get(name);
                if (type == null) {
                    throw new IllegalArgumentException("nominations have no relationship " + name);
                }
                ArrayNode list = relationships.putObject(name).putArray("data");
                ids.forEach(target -> list.addObject().put("type", type).put("id", target));
            });
        }
        return root;
    }
}
