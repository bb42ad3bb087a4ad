package dev.ascctl.sandbox.pricing;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.http.Errors;
import dev.ascctl.sandbox.http.QueryParameters;
import dev.ascctl.sandbox.http.Response;
import dev.ascctl.sandbox.jsonapi.Cursor;
import dev.ascctl.sandbox.jsonapi.RouteDocuments;
import dev.ascctl.sandbox.pricing.PricingRoutes.PricePointId;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * The subscription price endpoints of Apple's spec 4.4.1, which the generic router cannot serve: price points come
 * from the same {@link PriceTiers} table as in-app purchases (computed per subscription, never stored), and prices
 * are one record per territory and start date.
 * <ul>
 *   <li>{@code GET /v1/subscriptions/{id}/pricePoints?filter[territory]=USA&limit=8000}</li>
 *   <li>{@code GET /v1/subscriptions/{id}/prices?filter[territory]&include=territory,subscriptionPricePoint}</li>
 *   <li>{@code POST /v1/subscriptionPrices} (SubscriptionPriceCreateRequest)</li>
 * </ul>
 * Apple's rules kept here: the point must be one of this subscription's points, in the territory named (when one
 * is named). A price without a start date applies from today: the first price of a territory gets no start
 * date, a later one today's date (UTC), replacing a price already set for today [sandbox simplification; Apple
 * schedules changes for existing subscribers with notice]. {@code preserveCurrentPrice} is kept as the record's
 * {@code preserved}.
 */
public final class SubscriptionPricingRoutes {
    static final String PRICES = "subscriptionPrices";
    private static final int MAX_POINTS = RouteDocuments.maxLimit("/v1/subscriptions/{id}/pricePoints");
    private static final int MAX_PRICES = RouteDocuments.maxLimit("/v1/subscriptions/{id}/prices");
    private static final Map<String, String> CURRENCIES = Map.of("USA", "USD", "GBR", "GBP", "DEU", "EUR",
            "FRA", "EUR", "JPN", "JPY", "CAN", "CAD", "AUS", "AUD");
    private static final List<String> TERRITORIES = List.of("USA", "GBR", "DEU", "FRA", "JPN", "CAN", "AUS");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SandboxState state;
    private final ObjectMapper json;
    private final String baseUri;

    public SubscriptionPricingRoutes(SandboxState state, ObjectMapper json, String baseUri) {
        this.state = state;
        this.json = json;
        this.baseUri = baseUri;
    }

    /** The response when the path is a subscription price endpoint, else empty (the generic router serves it). */
    public Optional<Response> handle(String method, String rawPath, QueryParameters q, String body) {
        String[] seg = rawPath.replaceAll("/+$", "").split("/");
        if (seg.length == 5 && seg[1].equals("v1") && seg[2].equals("subscriptions") && method.equals("GET")) {
            return switch (seg[4]) {
                case "pricePoints" -> Optional.of(pricePoints(seg[3], q, rawPath));
                case "prices" -> Optional.of(prices(seg[3], q, rawPath));
                default -> Optional.empty();
            };
        }
        if (seg.length == 3 && seg[1].equals("v1") && seg[2].equals(PRICES) && method.equals("POST")) {
            return Optional.of(create(body));
        }
        return Optional.empty();
    }

    private Response pricePoints(String subscriptionId, QueryParameters q, String rawPath) {
        subscription(subscriptionId);
        boolean withTerritory = includes(q, Set.of("territory"));
        List<String> territories = q.has("filter[territory]") ? q.list("filter[territory]") : TERRITORIES;
        List<ObjectNode> data = new ArrayList<>();
        Map<String, ObjectNode> included = new LinkedHashMap<>();
        for (String territory : territories) {
            if (!PriceTiers.knows(territory)) {
                continue; // Apple answers an empty page for a territory without prices
            }
            for (int tier = 0; tier < PriceTiers.count(); tier++) {
                data.add(point(PricePointId.of(subscriptionId, territory, tier)));
            }
            if (withTerritory) {
                included.put(territory, territory(territory));
            }
        }
        return new Response(200, page(data, List.copyOf(included.values()), q, rawPath, MAX_POINTS));
    }

    private Response prices(String subscriptionId, QueryParameters q, String rawPath) {
        subscription(subscriptionId);
        Set<String> include = Set.of("territory", "subscriptionPricePoint");
        includes(q, include);
        List<String> filter = q.list("filter[territory]");
        List<ObjectNode> data = new ArrayList<>();
        Map<String, ObjectNode> included = new LinkedHashMap<>();
        for (StoredResource p : state.findAll(PRICES, a -> subscriptionId.equals(a.get("subscription")))) {
            String territory = (String) p.attribute("territory");
            if (!filter.isEmpty() && !filter.contains(territory)) {
                continue;
            }
            data.add(price(p));
            PricePointId point = PricePointId.parse((String) p.attribute("pricePoint")).orElseThrow();
            if (q.list("include").contains("subscriptionPricePoint")) {
                included.put("p/" + point.encoded(), point(point));
            }
            if (q.list("include").contains("territory")) {
                included.put("t/" + territory, territory(territory));
            }
        }
        return new Response(200, page(data, List.copyOf(included.values()), q, rawPath, MAX_PRICES));
    }

    private Response create(String body) {
        JsonNode data = json.readTree(body == null ? "{}" : body).path("data");
        if (!PRICES.equals(data.path("type").asString(""))) {
            throw Errors.invalidAttribute("/data/type", "The type must be '" + PRICES + "'.");
        }
        String subscriptionId = RouteDocuments.linkage(data, "subscription", "subscriptions");
        subscription(subscriptionId);
        String pointId = RouteDocuments.linkage(data, "subscriptionPricePoint", "subscriptionPricePoints");
        PricePointId point = PricePointId.parse(pointId).filter(p -> p.productId().equals(subscriptionId))
                .orElseThrow(() -> Errors.invalidRelationship("/data/relationships/subscriptionPricePoint",
                        "The price point '" + pointId + "' is not a price point of this subscription."));
        JsonNode territoryLink = data.path("relationships").path("territory").path("data");
        if (!territoryLink.isMissingNode() && !territoryLink.path("id").asString("").equals(point.territory())) {
            throw Errors.invalidRelationship("/data/relationships/territory",
                    "The price point is for " + point.territory() + ", not " + territoryLink.path("id").asString("") + ".");
        }
        JsonNode startDate = data.path("attributes").path("startDate");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String start;
        if (startDate.isString()) {
            start = startDate.asString();
        } else {
            boolean priced = !state.findAll(PRICES, a -> subscriptionId.equals(a.get("subscription"))
                    && point.territory().equals(a.get("territory"))).isEmpty();
            start = priced ? today : null;
        }
        if (start != null) {
            state.findAll(PRICES, a -> subscriptionId.equals(a.get("subscription"))
                    && point.territory().equals(a.get("territory")) && start.equals(a.get("startDate")))
                    .forEach(p -> state.remove(PRICES, p.id()));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("subscription", subscriptionId);
        attributes.put("territory", point.territory());
        attributes.put("pricePoint", point.encoded());
        attributes.put("startDate", start);
        attributes.put("preserved", data.path("attributes").path("preserveCurrentPrice").asBoolean(false));
        StoredResource stored = new StoredResource(PRICES, state.newId(PRICES), attributes, Map.of());
        state.put(stored);
        ObjectNode doc = NODES.objectNode();
        doc.set("data", price(stored));
        doc.putObject("links").put("self", baseUri + "/v1/subscriptionPrices/" + stored.id());
        return new Response(201, doc);
    }

    /**
     * A seeded subscription's first price in a territory (no start date: in effect since the subscription went on
     * sale), stored exactly as a {@code POST /v1/subscriptionPrices} would store it.
     */
    public static void seedPrice(SandboxState state, String subscriptionId, String territory, String customerPrice) {
        if (!PriceTiers.knows(territory)) {
            throw new IllegalArgumentException("seed: the sandbox has no prices for " + territory);
        }
        int tier = PriceTiers.tierOf(territory, customerPrice).orElseThrow(() -> new IllegalArgumentException(
                "seed: " + customerPrice + " is not a " + territory + " price point"));
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("subscription", subscriptionId);
        attributes.put("territory", territory);
        attributes.put("pricePoint", PricePointId.of(subscriptionId, territory, tier).encoded());
        attributes.put("startDate", null);
        attributes.put("preserved", false);
        state.put(new StoredResource(PRICES, state.newId(PRICES), attributes, Map.of()));
    }

    private ObjectNode price(StoredResource p) {
        ObjectNode price = NODES.objectNode().put("type", PRICES).put("id", p.id());
        ObjectNode attributes = price.putObject("attributes");
        if (p.attribute("startDate") != null) {
            attributes.put("startDate", (String) p.attribute("startDate"));
        }
        attributes.put("preserved", Boolean.TRUE.equals(p.attribute("preserved")));
        ObjectNode relationships = price.putObject("relationships");
        relationships.putObject("territory").putObject("data").put("type", "territories")
                .put("id", (String) p.attribute("territory"));
        relationships.putObject("subscriptionPricePoint").putObject("data").put("type", "subscriptionPricePoints")
                .put("id", (String) p.attribute("pricePoint"));
        price.putObject("links").put("self", baseUri + "/v1/subscriptionPrices/" + p.id());
        return price;
    }

    ObjectNode point(PricePointId id) {
        ObjectNode point = NODES.objectNode().put("type", "subscriptionPricePoints").put("id", id.encoded());
        String proceeds = PriceTiers.proceeds(id.territory(), id.tier());
        String year2 = yearTwo(proceeds);
        point.putObject("attributes").put("customerPrice", PriceTiers.price(id.territory(), id.tier()))
                .put("proceeds", proceeds).put("proceedsYear2", year2);
        ObjectNode relationships = point.putObject("relationships");
        relationships.putObject("territory").putObject("data").put("type", "territories").put("id", id.territory());
        relationships.putObject("equalizations").putObject("links")
                .put("related", baseUri + "/v1/subscriptionPricePoints/" + id.encoded() + "/equalizations");
        point.putObject("links").put("self", baseUri + "/v1/subscriptionPricePoints/" + id.encoded());
        return point;
    }

    /**
     * A subscription price point as a resource the generic router can include (computed from its id, never stored):
     * what an introductory offer's {@code subscriptionPricePoint} names.
     */
    public static Optional<StoredResource> pointResource(String encoded) {
        return PricePointId.parse(encoded).map(id -> {
            String proceeds = PriceTiers.proceeds(id.territory(), id.tier());
            Map<String, Object> attributes = new java.util.LinkedHashMap<>();
            attributes.put("customerPrice", PriceTiers.price(id.territory(), id.tier()));
            attributes.put("proceeds", proceeds);
            attributes.put("proceedsYear2", yearTwo(proceeds));
            return new StoredResource("subscriptionPricePoints", encoded, attributes,
                    Map.of("territory", List.of(id.territory())));
        });
    }

    /** Whether {@code encoded} is a price point of {@code subscriptionId} in {@code territory}. */
    public static boolean isPointOf(String encoded, String subscriptionId, String territory) {
        return PricePointId.parse(encoded).filter(p -> p.productId().equals(subscriptionId)
                && p.territory().equals(territory)).isPresent();
    }

    /** The encoded id of the point at {@code price} in a territory, for the seeder. */
    public static Optional<String> pointAt(String subscriptionId, String territory, String price) {
        return PriceTiers.tierOf(territory, price).map(tier -> PricePointId.of(subscriptionId, territory, tier).encoded());
    }

    /**
     * From a subscriber's second paid year Apple keeps 15% instead of 30% (App Store Connect Help,
     * "Auto-renewable subscriptions: proceeds"), so year-2 proceeds are 85/70 of year 1.
     */
    private static String yearTwo(String proceeds) {
        java.math.BigDecimal year1 = new java.math.BigDecimal(proceeds);
        return year1.multiply(java.math.BigDecimal.valueOf(85))
                .divide(java.math.BigDecimal.valueOf(70), year1.scale(), java.math.RoundingMode.HALF_DOWN).toPlainString();
    }

    ObjectNode territory(String code) {
        ObjectNode territory = NODES.objectNode().put("type", "territories").put("id", code);
        territory.putObject("attributes").put("currency", CURRENCIES.get(code));
        territory.putObject("links").put("self", baseUri + "/v1/territories/" + code);
        return territory;
    }

    /** Whether the query includes anything; refuses what the path cannot include, as Apple does. */
    private static boolean includes(QueryParameters q, Set<String> allowed) {
        for (String include : q.list("include")) {
            if (!allowed.contains(include)) {
                throw Errors.invalidParameter("include", "The include '" + include + "' is not one of " + allowed + ".");
            }
        }
        return !q.list("include").isEmpty();
    }

    ObjectNode page(List<ObjectNode> all, List<ObjectNode> included, QueryParameters q, String rawPath, int max) {
        int limit = q.has("limit") ? RouteDocuments.limit(q.get("limit"), max) : 50;
        int offset = q.has("cursor") ? Cursor.decode(q.get("cursor")) : 0;
        int end = Math.min(all.size(), offset + limit);
        ObjectNode doc = NODES.objectNode();
        ArrayNode data = doc.putArray("data");
        all.subList(Math.min(offset, end), end).forEach(data::add);
        if (!included.isEmpty()) {
            // Only what this page's data refers to, each once.
            Set<String> referred = new java.util.HashSet<>();
            data.forEach(d -> d.path("relationships").forEach(r -> referred.add(
                    r.path("data").path("type").asString("") + "/" + r.path("data").path("id").asString(""))));
            ArrayNode inc = NODES.arrayNode();
            included.stream().filter(i -> referred.contains(i.path("type").asString() + "/" + i.path("id").asString()))
                    .forEach(inc::add);
            if (!inc.isEmpty()) {
                doc.set("included", inc);
            }
        }
        String query = q.encodeWithout(null);
        RouteDocuments.pageLinks(doc, baseUri + rawPath + (query.isEmpty() ? "" : "?" + query), baseUri, rawPath, q,
                all.size(), limit, end);
        return doc;
    }

    void subscription(String id) {
        state.get("subscriptions", id).orElseThrow(() -> Errors.resourceNotFound("subscriptions", id));
    }

}
