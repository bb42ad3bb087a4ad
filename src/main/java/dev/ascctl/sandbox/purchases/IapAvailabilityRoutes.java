package dev.ascctl.sandbox.purchases;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.http.Errors;
import dev.ascctl.sandbox.http.QueryParameters;
import dev.ascctl.sandbox.http.Response;
import dev.ascctl.sandbox.jsonapi.Cursor;
import dev.ascctl.sandbox.jsonapi.RouteDocuments;
import dev.ascctl.sandbox.pricing.PriceTiers;
import dev.ascctl.sandbox.model.Territories;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The in-app purchase availability endpoints of Apple's spec 4.4.1 that the generic router cannot serve: the POST
 * replaces the product's availability (one per product), and territories are not stored resources.
 * <ul>
 *   <li>{@code POST /v1/inAppPurchaseAvailabilities} (InAppPurchaseAvailabilityCreateRequest)</li>
 *   <li>{@code GET /v1/inAppPurchaseAvailabilities/{id}} and {@code GET /v2/inAppPurchases/{id}/inAppPurchaseAvailability}</li>
 *   <li>{@code GET /v1/inAppPurchaseAvailabilities/{id}/availableTerritories?limit=200}</li>
 * </ul>
 * The product list's {@code include=inAppPurchaseAvailability} is served by the generic router from the stored
 * {@code inAppPurchaseAvailabilities} (see {@code ServedTypes}). A product without an availability answers 404
 * on the to-one path, as the spec lists and as the sandbox does for a product's missing price schedule; Apple's
 * exact answer there is not recorded, which is why ascctl asks the product list instead.
 */
public final class IapAvailabilityRoutes {
    public static final String TYPE = "inAppPurchaseAvailabilities";
    private static final int MAX_TERRITORIES =
            RouteDocuments.maxLimit("/v1/inAppPurchaseAvailabilities/{id}/availableTerritories");
    private static final int DEFAULT_LIMIT = 50;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SandboxState state;
    private final ObjectMapper json;
    private final String baseUri;

    public IapAvailabilityRoutes(SandboxState state, ObjectMapper json, String baseUri) {
        this.state = state;
        this.json = json;
        this.baseUri = baseUri;
    }

    /** The response when the path is an availability endpoint, else empty (the generic router serves it). */
    public Optional<Response> handle(String method, String rawPath, QueryParameters q, String body) {
        String[] seg = rawPath.replaceAll("/+$", "").split("/");
        if (seg.length == 5 && seg[1].equals("v2") && seg[2].equals("inAppPurchases")
                && seg[4].equals("inAppPurchaseAvailability") && method.equals("GET")) {
            requireProduct(seg[3]);
            StoredResource availability = ofProduct(state, seg[3])
                    .orElseThrow(() -> Errors.relatedNotFound(TYPE));
            return Optional.of(single(availability, q, rawPath));
        }
        if (seg.length < 3 || !seg[1].equals("v1") || !seg[2].equals(TYPE)) {
            return Optional.empty();
        }
        if (seg.length == 3 && method.equals("POST")) {
            return Optional.of(create(body));
        }
        if (seg.length == 4 && method.equals("GET")) {
            return Optional.of(single(state.get(TYPE, seg[3]).orElseThrow(() -> Errors.resourceNotFound(TYPE, seg[3])),
                    q, rawPath));
        }
        if (seg.length == 5 && method.equals("GET") && seg[4].equals("availableTerritories")) {
            StoredResource availability = state.get(TYPE, seg[3]).orElseThrow(() -> Errors.resourceNotFound(TYPE, seg[3]));
            return Optional.of(territories(availability, q, rawPath));
        }
        throw Errors.pathNotFound();
    }

    /**
     * Stores the product's availability, replacing any it had (Apple keeps one per product; the POST is how it is
     * changed). Also used by the Seeder.
     */
    public static StoredResource store(SandboxState state, String iapId, Set<String> territories,
                                       boolean availableInNewTerritories) {
        ofProduct(state, iapId).ifPresent(old -> state.remove(TYPE, old.id()));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("availableInNewTerritories", availableInNewTerritories);
        StoredResource stored = new StoredResource(TYPE, state.newId(TYPE), attributes,
                Map.of("inAppPurchase", List.of(iapId), "availableTerritories", List.copyOf(territories)));
        state.put(stored);
        return stored;
    }

    private Response create(String body) {
        JsonNode data = json.readTree(body == null ? "{}" : body).path("data");
        if (!TYPE.equals(data.path("type").asString(""))) {
            throw Errors.invalidAttribute("/data/type", "The type must be '" + TYPE + "'.");
        }
        JsonNode flag = data.path("attributes").path("availableInNewTerritories");
        if (!flag.isBoolean()) {
            throw Errors.requiredAttribute("/data/attributes/availableInNewTerritories",
                    "availableInNewTerritories is required and must be a boolean.");
        }
        JsonNode product = data.path("relationships").path("inAppPurchase").path("data");
        if (!"inAppPurchases".equals(product.path("type").asString("")) || !product.path("id").isString()) {
            throw Errors.invalidRelationship("/data/relationships/inAppPurchase",
                    "The relationship 'inAppPurchase' must name a resource of type 'inAppPurchases'.");
        }
        String iapId = product.path("id").asString();
        if (state.get("inAppPurchases", iapId).isEmpty()) {
            throw Errors.invalidRelationship("/data/relationships/inAppPurchase",
                    "There is no resource of type 'inAppPurchases' with id '" + iapId + "'.");
        }
        JsonNode list = data.path("relationships").path("availableTerritories").path("data");
        if (!list.isArray()) {
            throw Errors.invalidRelationship("/data/relationships/availableTerritories",
                    "The relationship 'availableTerritories' is required.");
        }
        Set<String> territories = new LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String code = item.path("id").asString("");
            if (!"territories".equals(item.path("type").asString("")) || !Territories.isKnown(code)) {
                throw Errors.invalidRelationship("/data/relationships/availableTerritories/data/" + i,
                        "'" + code + "' is not a territory.");
            }
            territories.add(code);
        }
        StoredResource stored = store(state, iapId, territories, flag.asBoolean());
        ObjectNode doc = NODES.objectNode();
        doc.set("data", object(stored));
        doc.putObject("links").put("self", baseUri + "/v1/" + TYPE + "/" + stored.id());
        return new Response(201, doc);
    }

    private Response single(StoredResource availability, QueryParameters q, String rawPath) {
        if (q.has("include")) {
            throw Errors.invalidParameter("include", "The sandbox does not include territories; read"
                    + " /v1/inAppPurchaseAvailabilities/{id}/availableTerritories.");
        }
        ObjectNode doc = NODES.objectNode();
        doc.set("data", object(availability));
        doc.putObject("links").put("self", self(q, rawPath));
        return new Response(200, doc);
    }

    private Response territories(StoredResource availability, QueryParameters q, String rawPath) {
        List<String> all = availability.related("availableTerritories");
        int limit = q.has("limit") ? RouteDocuments.limit(q.get("limit"), MAX_TERRITORIES) : DEFAULT_LIMIT;
        int offset = q.has("cursor") ? Cursor.decode(q.get("cursor")) : 0;
        int end = Math.min(all.size(), offset + limit);
        ObjectNode doc = NODES.objectNode();
        ArrayNode data = doc.putArray("data");
        for (String code : all.subList(Math.min(offset, end), end)) {
            ObjectNode territory = data.addObject().put("type", "territories").put("id", code);
            if (PriceTiers.knows(code)) { // the sandbox knows currencies only where it has prices
                territory.putObject("attributes").put("currency", PriceTiers.currency(code));
            }
            territory.putObject("links").put("self", baseUri + "/v1/territories/" + code);
        }
        RouteDocuments.pageLinks(doc, self(q, rawPath), baseUri, rawPath, q, all.size(), limit, end);
        return new Response(200, doc);
    }

    private ObjectNode object(StoredResource availability) {
        String self = baseUri + "/v1/" + TYPE + "/" + availability.id();
        ObjectNode o = NODES.objectNode().put("type", TYPE).put("id", availability.id());
        o.putObject("attributes").put("availableInNewTerritories",
                Boolean.TRUE.equals(availability.attribute("availableInNewTerritories")));
        o.putObject("relationships").putObject("availableTerritories").putObject("links")
                .put("self", self + "/relationships/availableTerritories")
                .put("related", self + "/availableTerritories");
        o.putObject("links").put("self", self);
        return o;
    }

    private static Optional<StoredResource> ofProduct(SandboxState state, String iapId) {
        return state.referencing(TYPE, "inAppPurchase", iapId).stream().findFirst();
    }

    private void requireProduct(String iapId) {
        state.get("inAppPurchases", iapId).orElseThrow(() -> Errors.resourceNotFound("inAppPurchases", iapId));
    }

    private String self(QueryParameters q, String rawPath) {
        String query = q.encodeWithout(null);
        return baseUri + rawPath + (query.isEmpty() ? "" : "?" + query);
    }

}
