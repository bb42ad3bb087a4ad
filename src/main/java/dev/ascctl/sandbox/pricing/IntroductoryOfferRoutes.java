package dev.ascctl.sandbox.pricing;

import dev.ascctl.vocabulary.Vocabulary;
import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.http.Errors;
import dev.ascctl.sandbox.http.QueryParameters;
import dev.ascctl.sandbox.http.Response;
import dev.ascctl.sandbox.jsonapi.Cursor;
import dev.ascctl.sandbox.jsonapi.RouteDocuments;
import dev.ascctl.sandbox.model.Territories;
import dev.ascctl.sandbox.pricing.PricingRoutes.PricePointId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * A subscription's introductory offers, from Apple's spec 4.4.1 (SubscriptionIntroductoryOffer and its Create and
 * Update requests); the generic router cannot serve them because their price points are computed per subscription.
 * <ul>
 *   <li>{@code GET /v1/subscriptions/{id}/introductoryOffers?include=territory,subscriptionPricePoint&filter[territory]}</li>
 *   <li>{@code POST /v1/subscriptionIntroductoryOffers}</li>
 *   <li>{@code PATCH /v1/subscriptionIntroductoryOffers/{id}} (endDate only, as the spec's update request allows)</li>
 *   <li>{@code DELETE /v1/subscriptionIntroductoryOffers/{id}}</li>
 * </ul>
 * Apple's rules kept here: one offer per subscription and territory at a time (App Store Connect Help, "Set up
 * introductory offers for auto-renewable subscriptions": "you can have one introductory offer per territory");
 * a FREE_TRIAL has no price point and the paid modes need one of the subscription's points in that territory.
 */
public final class IntroductoryOfferRoutes {
    static final String TYPE = "subscriptionIntroductoryOffers";
    private static final Set<String> MODES = Vocabulary.get().enumSet("SubscriptionOfferMode");
    private static final Set<String> DURATIONS = Vocabulary.get().enumSet("SubscriptionOfferDuration");
    private static final int MAX_LIMIT = RouteDocuments.maxLimit("/v1/subscriptions/{id}/introductoryOffers");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SandboxState state;
    private final ObjectMapper json;
    private final String baseUri;
    private final SubscriptionPricingRoutes pricing;

    public IntroductoryOfferRoutes(SandboxState state, ObjectMapper json, String baseUri) {
        this.state = state;
        this.json = json;
        this.baseUri = baseUri;
        this.pricing = new SubscriptionPricingRoutes(state, json, baseUri);
    }

    /** The response when the path is an introductory-offer endpoint, else empty. */
    public Optional<Response> handle(String method, String rawPath, QueryParameters q, String body) {
        String[] seg = rawPath.replaceAll("/+$", "").split("/");
        if (seg.length == 5 && seg[1].equals("v1") && seg[2].equals("subscriptions")
                && seg[4].equals("introductoryOffers") && method.equals("GET")) {
            return Optional.of(list(seg[3], q, rawPath));
        }
        if (seg.length < 3 || !seg[1].equals("v1") || !seg[2].equals(TYPE)) {
            return Optional.empty();
        }
        if (seg.length == 3 && method.equals("POST")) {
            return Optional.of(create(body));
        }
        if (seg.length == 4 && method.equals("PATCH")) {
            return Optional.of(update(seg[3], body));
        }
        if (seg.length == 4 && method.equals("DELETE")) {
            state.get(TYPE, seg[3]).orElseThrow(() -> Errors.resourceNotFound(TYPE, seg[3]));
            state.remove(TYPE, seg[3]);
            return Optional.of(new Response(204, null));
        }
        throw Errors.pathNotFound();
    }

    /**
     * Stores an offer as the POST would (also used by the Seeder).
     *
     * @throws IllegalArgumentException when the territory already has one, or the price is no point
     */
    public static StoredResource store(SandboxState state, String subscriptionId, String territory, String mode,
                                       String duration, int periods, String pricePoint, String endDate) {
        if (!state.findAll(TYPE, a -> subscriptionId.equals(a.get("subscription")) && territory.equals(a.get("territory")))
                .isEmpty()) {
            throw new IllegalArgumentException("There is already an introductory offer for " + territory + ".");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("subscription", subscriptionId);
        attributes.put("territory", territory);
        attributes.put("offerMode", mode);
        attributes.put("duration", duration);
        attributes.put("numberOfPeriods", periods);
        attributes.put("pricePoint", pricePoint);
        attributes.put("endDate", endDate);
        StoredResource stored = new StoredResource(TYPE, state.newId(TYPE), attributes, Map.of());
        state.put(stored);
        return stored;
    }

    /** A seeded offer; {@code price} null for a free trial. */
    public static void seed(SandboxState state, String subscriptionId, String territory, String mode, String duration,
                            int periods, String price) {
        String point = null;
        if (price != null) {
            int tier = PriceTiers.tierOf(territory, price).orElseThrow(() -> new IllegalArgumentException(
                    "seed: " + price + " is not a " + territory + " price point"));
            point = PricePointId.of(subscriptionId, territory, tier).encoded();
        }
        store(state, subscriptionId, territory, mode, duration, periods, point, null);
    }

    private Response list(String subscriptionId, QueryParameters q, String rawPath) {
        state.get("subscriptions", subscriptionId).orElseThrow(() -> Errors.resourceNotFound("subscriptions", subscriptionId));
        List<String> include = q.list("include");
        for (String i : include) {
            if (!Set.of("territory", "subscriptionPricePoint").contains(i)) {
                throw Errors.invalidParameter("include", "The include '" + i + "' is not served by the sandbox.");
            }
        }
        List<String> filter = q.list("filter[territory]");
        List<ObjectNode> all = new ArrayList<>();
        for (StoredResource o : state.findAll(TYPE, a -> subscriptionId.equals(a.get("subscription")))) {
            if (filter.isEmpty() || filter.contains((String) o.attribute("territory"))) {
                all.add(NODES.objectNode().put("id", o.id()));
            }
        }
        int limit = q.has("limit") ? RouteDocuments.limit(q.get("limit"), MAX_LIMIT) : 50;
        int offset = q.has("cursor") ? Cursor.decode(q.get("cursor")) : 0;
        int end = Math.min(all.size(), offset + limit);
        ObjectNode doc = NODES.objectNode();
        ArrayNode data = doc.putArray("data");
        Map<String, ObjectNode> included = new LinkedHashMap<>();
        for (ObjectNode ref : all.subList(Math.min(offset, end), end)) {
            StoredResource o = state.get(TYPE, ref.get("id").asString()).orElseThrow();
            data.add(object(o));
            String territory = (String) o.attribute("territory");
            if (include.contains("territory") && PriceTiers.knows(territory)) {
                included.put("t/" + territory, pricing.territory(territory));
            }
            if (include.contains("subscriptionPricePoint") && o.attribute("pricePoint") != null) {
                PricePointId point = PricePointId.parse((String) o.attribute("pricePoint")).orElseThrow();
                included.put("p/" + point.encoded(), pricing.point(point));
            }
        }
        if (!included.isEmpty()) {
            ArrayNode inc = doc.putArray("included");
            included.values().forEach(inc::add);
        }
        String query = q.encodeWithout(null);
        RouteDocuments.pageLinks(doc, baseUri + rawPath + (query.isEmpty() ? "" : "?" + query), baseUri, rawPath, q,
                all.size(), limit, end);
        return new Response(200, doc);
    }

    private Response create(String body) {
        JsonNode data = json.readTree(body == null ? "{}" : body).path("data");
        if (!TYPE.equals(data.path("type").asString(""))) {
            throw Errors.invalidAttribute("/data/type", "The type must be '" + TYPE + "'.");
        }
        JsonNode attributes = data.path("attributes");
        String mode = attributes.path("offerMode").asString("");
        String duration = attributes.path("duration").asString("");
        if (!MODES.contains(mode)) {
            throw Errors.invalidAttribute("/data/attributes/offerMode", "offerMode must be one of " + MODES + ".");
        }
        if (!DURATIONS.contains(duration)) {
            throw Errors.invalidAttribute("/data/attributes/duration", "duration must be one of " + DURATIONS + ".");
        }
        JsonNode periods = attributes.path("numberOfPeriods");
        if (!periods.isInt() || periods.asInt() < 1) {
            throw Errors.invalidAttribute("/data/attributes/numberOfPeriods", "numberOfPeriods must be at least 1.");
        }
        JsonNode relationships = data.path("relationships");
        String subscriptionId = relationships.path("subscription").path("data").path("id").asString("");
        if (state.get("subscriptions", subscriptionId).isEmpty()) {
            throw Errors.invalidRelationship("/data/relationships/subscription",
                    "There is no resource of type 'subscriptions' with id '" + subscriptionId + "'.");
        }
        String territory = relationships.path("territory").path("data").path("id").asString("");
        if (!Territories.isKnown(territory)) {
            throw Errors.invalidRelationship("/data/relationships/territory", "'" + territory + "' is not a territory.");
        }
        JsonNode pointLink = relationships.path("subscriptionPricePoint").path("data");
        String point = null;
        if (mode.equals("FREE_TRIAL")) {
            if (!pointLink.isMissingNode() && !pointLink.isNull()) {
                throw Errors.invalidRelationship("/data/relationships/subscriptionPricePoint",
                        "A free trial has no price point.");
            }
        } else {
            String pointId = pointLink.path("id").asString("");
            PricePointId parsed = PricePointId.parse(pointId)
                    .filter(p -> p.productId().equals(subscriptionId) && p.territory().equals(territory))
                    .orElseThrow(() -> Errors.invalidRelationship("/data/relationships/subscriptionPricePoint",
                            "A " + mode + " offer needs a price point of this subscription in " + territory + "."));
            point = parsed.encoded();
        }
        StoredResource stored;
        try {
            stored = store(state, subscriptionId, territory, mode, duration, periods.asInt(), point,
                    attributes.path("endDate").isString() ? attributes.path("endDate").asString() : null);
        } catch (IllegalArgumentException e) {
            throw Errors.stateError("/data/relationships/territory", e.getMessage());
        }
        ObjectNode doc = NODES.objectNode();
        doc.set("data", object(stored));
        doc.putObject("links").put("self", baseUri + "/v1/" + TYPE + "/" + stored.id());
        return new Response(201, doc);
    }

    private Response update(String id, String body) {
        StoredResource offer = state.get(TYPE, id).orElseThrow(() -> Errors.resourceNotFound(TYPE, id));
        JsonNode data = json.readTree(body == null ? "{}" : body).path("data");
        if (!TYPE.equals(data.path("type").asString("")) || !id.equals(data.path("id").asString(""))) {
            throw Errors.invalidAttribute("/data", "The type must be '" + TYPE + "' and the id '" + id + "'.");
        }
        JsonNode attributes = data.path("attributes");
        for (String name : attributes.propertyNames()) {
            if (!name.equals("endDate")) {
                throw Errors.invalidAttribute("/data/attributes/" + name, "Only endDate can be changed.");
            }
        }
        if (attributes.has("endDate")) {
            JsonNode end = attributes.get("endDate");
            Map<String, Object> change = new LinkedHashMap<>();
            change.put("endDate", end.isNull() ? null : end.asString());
            offer = offer.withAttributes(change);
            state.put(offer);
        }
        ObjectNode doc = NODES.objectNode();
        doc.set("data", object(offer));
        doc.putObject("links").put("self", baseUri + "/v1/" + TYPE + "/" + id);
        return new Response(200, doc);
    }

    private ObjectNode object(StoredResource o) {
        ObjectNode offer = NODES.objectNode().put("type", TYPE).put("id", o.id());
        ObjectNode attributes = offer.putObject("attributes");
        if (o.attribute("endDate") != null) { // the spec types dates as strings, never null
            attributes.put("endDate", (String) o.attribute("endDate"));
        }
        attributes.put("duration", (String) o.attribute("duration"))
                .put("offerMode", (String) o.attribute("offerMode"))
                .put("numberOfPeriods", ((Number) o.attribute("numberOfPeriods")).intValue());
        ObjectNode relationships = offer.putObject("relationships");
        relationships.putObject("territory").putObject("data").put("type", "territories")
                .put("id", (String) o.attribute("territory"));
        if (o.attribute("pricePoint") != null) {
            relationships.putObject("subscriptionPricePoint").putObject("data").put("type", "subscriptionPricePoints")
                    .put("id", (String) o.attribute("pricePoint"));
        }
        offer.putObject("links").put("self", baseUri + "/v1/" + TYPE + "/" + o.id());
        return offer;
    }

}
