package dev.ascctl.sandbox.pricing;

import dev.ascctl.vocabulary.Vocabulary;
import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.http.Errors;
import dev.ascctl.sandbox.http.QueryParameters;
import dev.ascctl.sandbox.http.Response;
import dev.ascctl.sandbox.jsonapi.RouteDocuments;
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
 * The promotional offer endpoints of Apple's spec 4.4.1, served apart from the generic router because an offer's
 * prices arrive inline ({@code included}) and their price points are computed, never stored:
 * <ul>
 *   <li>{@code GET /v1/subscriptions/{id}/promotionalOffers}</li>
 *   <li>{@code GET|PATCH|DELETE /v1/subscriptionPromotionalOffers/{id}}, {@code POST /v1/subscriptionPromotionalOffers}</li>
 *   <li>{@code GET /v1/subscriptionPromotionalOffers/{id}/prices?include=territory,subscriptionPricePoint}</li>
 * </ul>
 * Apple's rules kept here: the create names all five attributes (the spec requires them) and they never change
 * (the update request has no attributes); an offer code is used once per subscription [sandbox assumption: App
 * Store Connect Help, "Set up promotional offers", says the identifier must be unique for the subscription];
 * every price's point is a point of the offer's subscription in the territory named, one price per territory;
 * a FREE_TRIAL offer has no price points [sandbox assumption: a free offer has no price to name]. A PATCH's
 * {@code prices} become the offer's prices: live ids named are kept, the others deleted, inline ones created.
 */
public final class PromotionalOfferRoutes {
    static final String OFFERS = "subscriptionPromotionalOffers";
    static final String PRICES = "subscriptionPromotionalOfferPrices";
    /** What SubscriptionPromotionalOfferCreateRequest requires. */
    private static final List<String> REQUIRED = Vocabulary.get().type(OFFERS).create().orElseThrow()
            .requiredAttributes();
    private static final Set<String> MODES = Vocabulary.get().enumSet("SubscriptionOfferMode");
    private static final Set<String> DURATIONS = Vocabulary.get().enumSet("SubscriptionOfferDuration");
    /** The same for the offers of a subscription and the prices of an offer. */
    private static final int MAX = RouteDocuments.maxLimit("/v1/subscriptions/{id}/promotionalOffers");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SandboxState state;
    private final ObjectMapper json;
    private final String baseUri;
    private final SubscriptionPricingRoutes points;

    public PromotionalOfferRoutes(SandboxState state, ObjectMapper json, String baseUri) {
        this.state = state;
        this.json = json;
        this.baseUri = baseUri;
        this.points = new SubscriptionPricingRoutes(state, json, baseUri);
    }

    /** The response when the path is a promotional offer endpoint, else empty (the generic router serves it). */
    public Optional<Response> handle(String method, String rawPath, QueryParameters q, String body) {
        String[] seg = rawPath.replaceAll("/+$", "").split("/");
        if (seg.length < 3 || !seg[1].equals("v1")) {
            return Optional.empty();
        }
        if (seg.length == 5 && seg[2].equals("subscriptions") && seg[4].equals("promotionalOffers") && method.equals("GET")) {
            return Optional.of(list(seg[3], q, rawPath));
        }
        if (!seg[2].equals(OFFERS)) {
            return Optional.empty();
        }
        if (seg.length == 3 && method.equals("POST")) {
            return Optional.of(create(body));
        }
        if (seg.length == 4) {
            return switch (method) {
                case "GET" -> Optional.of(new Response(200, single(offer(seg[3]))));
                case "PATCH" -> Optional.of(update(seg[3], body));
                case "DELETE" -> Optional.of(delete(seg[3]));
                default -> throw Errors.operationNotAllowed(OFFERS, method, "GET, PATCH, DELETE");
            };
        }
        if (seg.length == 5 && seg[4].equals("prices") && method.equals("GET")) {
            return Optional.of(prices(seg[3], q, rawPath));
        }
        return Optional.empty();
    }

    private Response list(String subscriptionId, QueryParameters q, String rawPath) {
        points.subscription(subscriptionId);
        if (!q.list("include").isEmpty()) {
            throw Errors.invalidParameter("include", "The sandbox serves this path without include.");
        }
        List<ObjectNode> data = state.findAll(OFFERS, a -> subscriptionId.equals(a.get("subscription"))).stream()
                .map(this::offerJson).toList();
        return new Response(200, points.page(data, List.of(), q, rawPath, MAX));
    }

    private Response prices(String offerId, QueryParameters q, String rawPath) {
        offer(offerId);
        for (String include : q.list("include")) {
            if (!Set.of("territory", "subscriptionPricePoint").contains(include)) {
                throw Errors.invalidParameter("include", "The include '" + include + "' is not one of [territory, subscriptionPricePoint].");
            }
        }
        List<ObjectNode> data = new ArrayList<>();
        Map<String, ObjectNode> included = new LinkedHashMap<>();
        for (StoredResource p : offerPrices(offerId)) {
            data.add(priceJson(p));
            PricePointId point = PricePointId.parse((String) p.attribute("pricePoint")).orElseThrow();
            if (q.list("include").contains("subscriptionPricePoint")) {
                included.put("p/" + point.encoded(), points.point(point));
            }
            if (q.list("include").contains("territory")) {
                included.put("t/" + point.territory(), points.territory(point.territory()));
            }
        }
        return new Response(200, points.page(data, List.copyOf(included.values()), q, rawPath, MAX));
    }

    private Response create(String body) {
        JsonNode doc = json.readTree(body == null ? "{}" : body);
        JsonNode data = doc.path("data");
        requireType(data);
        JsonNode link = data.path("relationships").path("subscription").path("data");
        if (!"subscriptions".equals(link.path("type").asString(""))) {
            throw Errors.invalidRelationship("/data/relationships/subscription", "The relationship 'subscription' is required.");
        }
        String subscriptionId = link.path("id").asString("");
        points.subscription(subscriptionId);
        JsonNode attributes = data.path("attributes");
        for (String name : REQUIRED) {
            if (attributes.path(name).isMissingNode() || attributes.path(name).isNull()) {
                throw Errors.requiredAttribute("/data/attributes/" + name, "You must provide a value for the attribute '" + name + "' with this request");
            }
        }
        String code = attributes.path("offerCode").asString("");
        String mode = attributes.path("offerMode").asString("");
        if (!MODES.contains(mode)) {
            throw Errors.invalidAttribute("/data/attributes/offerMode", "offerMode must be one of " + MODES + ".");
        }
        if (!DURATIONS.contains(attributes.path("duration").asString(""))) {
            throw Errors.invalidAttribute("/data/attributes/duration", "duration must be one of " + DURATIONS + ".");
        }
        if (attributes.path("numberOfPeriods").asInt(0) < 1) {
            throw Errors.invalidAttribute("/data/attributes/numberOfPeriods", "numberOfPeriods must be at least 1.");
        }
        if (state.find(OFFERS, a -> subscriptionId.equals(a.get("subscription")) && code.equals(a.get("offerCode"))).isPresent()) {
            throw Errors.invalidAttribute("/data/attributes/offerCode", "The offer code '" + code + "' is already used by this subscription.");
        }
        List<PricePointId> inline = inlinePrices(doc, data, subscriptionId, List.of(), mode);
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("subscription", subscriptionId);
        for (String name : List.of("name", "offerCode", "offerMode", "duration")) {
            stored.put(name, attributes.path(name).asString());
        }
        stored.put("numberOfPeriods", attributes.path("numberOfPeriods").asInt());
        StoredResource offer = new StoredResource(OFFERS, state.newId(OFFERS), stored, Map.of());
        state.put(offer);
        inline.forEach(p -> storePrice(offer.id(), p));
        return new Response(201, single(offer));
    }

    private Response update(String offerId, String body) {
        StoredResource offer = offer(offerId);
        JsonNode doc = json.readTree(body == null ? "{}" : body);
        JsonNode data = doc.path("data");
        requireType(data);
        if (!offerId.equals(data.path("id").asString(""))) {
            throw Errors.invalidAttribute("/data/id", "The id must be '" + offerId + "'.");
        }
        if (data.has("attributes")) {
            throw Errors.invalidAttribute("/data/attributes", "A promotional offer's attributes cannot be changed.");
        }
        if (data.path("relationships").path("prices").isMissingNode()) {
            return new Response(200, single(offer));
        }
        List<String> live = offerPrices(offerId).stream().map(StoredResource::id).toList();
        List<String> kept = new ArrayList<>();
        for (JsonNode l : data.path("relationships").path("prices").path("data")) {
            if (live.contains(l.path("id").asString(""))) {
                kept.add(l.path("id").asString());
            }
        }
        String subscriptionId = (String) offer.attribute("subscription");
        List<String> keptTerritories = kept.stream().map(id -> PricePointId.parse(
                (String) state.require(PRICES, id).attribute("pricePoint")).orElseThrow().territory()).toList();
        List<PricePointId> inline = inlinePrices(doc, data, subscriptionId, keptTerritories,
                (String) offer.attribute("offerMode"));
        live.stream().filter(id -> !kept.contains(id)).forEach(id -> state.remove(PRICES, id));
        inline.forEach(p -> storePrice(offerId, p));
        return new Response(200, single(offer));
    }

    private Response delete(String offerId) {
        offer(offerId);
        offerPrices(offerId).forEach(p -> state.remove(PRICES, p.id()));
        state.remove(OFFERS, offerId);
        return new Response(204, null);
    }

    /**
     * The inline prices the {@code prices} linkages name, each checked: in {@code included}, a point of this
     * subscription in the territory named, no territory twice (counting {@code keptTerritories}).
     */
    private List<PricePointId> inlinePrices(JsonNode doc, JsonNode data, String subscriptionId,
                                            List<String> keptTerritories, String mode) {
        Map<String, JsonNode> included = new LinkedHashMap<>();
        for (JsonNode i : doc.path("included")) {
            if (!PRICES.equals(i.path("type").asString(""))) {
                throw Errors.invalidAttribute("/included", "Only " + PRICES + " can be included.");
            }
            included.put(i.path("id").asString(""), i);
        }
        List<String> territories = new ArrayList<>(keptTerritories);
        List<PricePointId> out = new ArrayList<>();
        for (JsonNode l : data.path("relationships").path("prices").path("data")) {
            JsonNode price = included.get(l.path("id").asString(""));
            if (price == null) {
                if (keptTerritories.isEmpty() || state.get(PRICES, l.path("id").asString("")).isEmpty()) {
                    throw Errors.invalidRelationship("/data/relationships/prices",
                            "The price '" + l.path("id").asString("") + "' is neither included nor a price of this offer.");
                }
                continue;
            }
            String pointId = price.path("relationships").path("subscriptionPricePoint").path("data").path("id").asString("");
            PricePointId point = PricePointId.parse(pointId).filter(p -> p.productId().equals(subscriptionId))
                    .orElseThrow(() -> Errors.invalidRelationship("/included",
                            "The price point '" + pointId + "' is not a price point of this subscription."));
            String territory = price.path("relationships").path("territory").path("data").path("id").asString(point.territory());
            if (!territory.equals(point.territory())) {
                throw Errors.invalidRelationship("/included", "The price point is for " + point.territory() + ", not " + territory + ".");
            }
            if (territories.contains(territory)) {
                throw Errors.invalidRelationship("/included", "The offer has two prices for " + territory + ".");
            }
            territories.add(territory);
            out.add(point);
        }
        if (mode.equals("FREE_TRIAL") && !territories.isEmpty()) {
            throw Errors.invalidRelationship("/data/relationships/prices", "A FREE_TRIAL offer has no price points.");
        }
        return out;
    }

    /** A seeded offer, stored exactly as a POST would store it; {@code prices} is territory → customer price. */
    public static void seed(SandboxState state, String subscriptionId, Map<String, Object> offer) {
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("subscription", subscriptionId);
        for (String name : List.of("name", "offerCode", "offerMode", "duration")) {
            stored.put(name, String.valueOf(offer.get(name)));
        }
        stored.put("numberOfPeriods", ((Number) offer.get("numberOfPeriods")).intValue());
        String offerId = state.newId(OFFERS);
        state.put(new StoredResource(OFFERS, offerId, stored, Map.of()));
        @SuppressWarnings("unchecked")
        Map<String, Object> prices = (Map<String, Object>) offer.getOrDefault("prices", Map.of());
        prices.forEach((territory, price) -> {
            int tier = PriceTiers.tierOf(territory, String.valueOf(price)).orElseThrow(() -> new IllegalArgumentException(
                    "seed: " + price + " is not a " + territory + " price point"));
            storePrice(state, offerId, PricePointId.of(subscriptionId, territory, tier));
        });
    }

    private void storePrice(String offerId, PricePointId point) {
        storePrice(state, offerId, point);
    }

    private static void storePrice(SandboxState state, String offerId, PricePointId point) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("offer", offerId);
        attributes.put("pricePoint", point.encoded());
        state.put(new StoredResource(PRICES, state.newId(PRICES), attributes, Map.of()));
    }

    private List<StoredResource> offerPrices(String offerId) {
        return state.findAll(PRICES, a -> offerId.equals(a.get("offer")));
    }

    private StoredResource offer(String id) {
        return state.get(OFFERS, id).orElseThrow(() -> Errors.resourceNotFound(OFFERS, id));
    }

    private static void requireType(JsonNode data) {
        if (!OFFERS.equals(data.path("type").asString(""))) {
            throw Errors.invalidAttribute("/data/type", "The type must be '" + OFFERS + "'.");
        }
    }

    private ObjectNode single(StoredResource offer) {
        ObjectNode doc = NODES.objectNode();
        doc.set("data", offerJson(offer));
        doc.putObject("links").put("self", baseUri + "/v1/" + OFFERS + "/" + offer.id());
        return doc;
    }

    private ObjectNode offerJson(StoredResource o) {
        ObjectNode offer = NODES.objectNode().put("type", OFFERS).put("id", o.id());
        ObjectNode attributes = offer.putObject("attributes");
        for (String name : List.of("duration", "name", "offerCode", "offerMode")) {
            attributes.put(name, (String) o.attribute(name));
        }
        attributes.put("numberOfPeriods", (Integer) o.attribute("numberOfPeriods"));
        ObjectNode relationships = offer.putObject("relationships");
        relationships.putObject("subscription").putObject("data").put("type", "subscriptions")
                .put("id", (String) o.attribute("subscription"));
        relationships.putObject("prices").putObject("links")
                .put("self", baseUri + "/v1/" + OFFERS + "/" + o.id() + "/relationships/prices")
                .put("related", baseUri + "/v1/" + OFFERS + "/" + o.id() + "/prices");
        offer.putObject("links").put("self", baseUri + "/v1/" + OFFERS + "/" + o.id());
        return offer;
    }

    private ObjectNode priceJson(StoredResource p) {
        PricePointId point = PricePointId.parse((String) p.attribute("pricePoint")).orElseThrow();
        ObjectNode price = NODES.objectNode().put("type", PRICES).put("id", p.id());
        ObjectNode relationships = price.putObject("relationships");
        relationships.putObject("territory").putObject("data").put("type", "territories").put("id", point.territory());
        relationships.putObject("subscriptionPricePoint").putObject("data").put("type", "subscriptionPricePoints")
                .put("id", point.encoded());
        price.putObject("links").put("self", baseUri + "/v1/" + PRICES + "/" + p.id());
        return price;
    }
}
