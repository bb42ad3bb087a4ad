package dev.ascctl.sandbox.pricing;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.http.Errors;
import dev.ascctl.sandbox.http.QueryParameters;
import dev.ascctl.sandbox.http.Response;
import dev.ascctl.sandbox.jsonapi.Cursor;
import dev.ascctl.sandbox.jsonapi.RouteDocuments;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
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
 * The in-app purchase price endpoints of Apple's spec 4.4.1, which the generic router cannot serve: price points
 * are computed from {@link PriceTiers} per product (never stored), and a price schedule is created in one POST with
 * its prices inline ({@code included}, client placeholder ids) and replaces the whole schedule.
 * <ul>
 *   <li>{@code GET /v2/inAppPurchases/{id}/pricePoints?filter[territory]=USA&limit=8000}</li>
 *   <li>{@code POST /v1/inAppPurchasePriceSchedules} (InAppPurchasePriceScheduleCreateRequest)</li>
 *   <li>{@code GET /v2/inAppPurchases/{id}/iapPriceSchedule}</li>
 *   <li>{@code GET /v1/inAppPurchasePriceSchedules/{id}/manualPrices|automaticPrices?filter[territory]&include=inAppPurchasePricePoint,territory}</li>
 * </ul>
 * A schedule's id is its product's id, as on live ASC [observed; the spec does not say]. Prices are kept in the
 * sandbox state as {@code inAppPurchasePrices}; territories the base is not manually priced in get an automatic
 * (equalized) price at the base's tier, as Apple does.
 */
public final class PricingRoutes {
    static final String PRICES = "inAppPurchasePrices";
    private static final int MAX_POINTS = RouteDocuments.maxLimit("/v2/inAppPurchases/{id}/pricePoints");
    private static final int MAX_PRICES = RouteDocuments.maxLimit("/v1/inAppPurchasePriceSchedules/{id}/manualPrices");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SandboxState state;
    private final ObjectMapper json;
    private final String baseUri;

    public PricingRoutes(SandboxState state, ObjectMapper json, String baseUri) {
        this.state = state;
        this.json = json;
        this.baseUri = baseUri;
    }

    /** The response when the path is a price endpoint, else empty (the generic router serves it). */
    public Optional<Response> handle(String method, String rawPath, QueryParameters q, String body) {
        String[] seg = rawPath.replaceAll("/+$", "").split("/");
        if (seg.length == 5 && seg[1].equals("v2") && seg[2].equals("inAppPurchases") && method.equals("GET")) {
            return switch (seg[4]) {
                case "pricePoints" -> Optional.of(pricePoints(seg[3], q, rawPath));
                case "iapPriceSchedule" -> Optional.of(schedule(seg[3], q, rawPath));
                default -> Optional.empty();
            };
        }
        if (seg.length >= 3 && seg[1].equals("v1") && seg[2].equals("inAppPurchasePriceSchedules")) {
            if (seg.length == 3 && method.equals("POST")) {
                return Optional.of(createSchedule(body));
            }
            if (seg.length == 5 && method.equals("GET") && Set.of("manualPrices", "automaticPrices").contains(seg[4])) {
                return Optional.of(prices(seg[3], seg[4].equals("manualPrices"), q, rawPath));
            }
            throw Errors.pathNotFound();
        }
        return Optional.empty();
    }

    private Response pricePoints(String iapId, QueryParameters q, String rawPath) {
        product(iapId);
        if (q.has("include")) {
            throw Errors.invalidParameter("include", "The sandbox has no territories to include.");
        }
        List<String> territories = q.has("filter[territory]") ? q.list("filter[territory]")
                : List.of("USA", "GBR", "DEU", "FRA", "JPN", "CAN", "AUS");
        List<ObjectNode> all = new ArrayList<>();
        for (String territory : territories) {
            if (!PriceTiers.knows(territory)) {
                continue; // Apple answers an empty page for a territory without prices
            }
            for (int tier = 0; tier < PriceTiers.count(); tier++) {
                all.add(point(PricePointId.of(iapId, territory, tier)));
            }
        }
        return new Response(200, page(all, List.of(), q, rawPath, MAX_POINTS));
    }

    /** The schedule; {@code include=baseTerritory} adds its linkage and the territory (the only include served). */
    private Response schedule(String iapId, QueryParameters q, String rawPath) {
        product(iapId);
        boolean withBase = false;
        for (String include : q.list("include")) {
            if (!include.equals("baseTerritory")) {
                throw Errors.invalidParameter("include", "The sandbox can include only baseTerritory.");
            }
            withBase = true;
        }
        List<StoredResource> prices = state.findAll(PRICES, a -> iapId.equals(a.get("inAppPurchase")));
        if (prices.isEmpty()) {
            throw Errors.relatedNotFound("inAppPurchasePriceSchedules");
        }
        ObjectNode doc = NODES.objectNode();
        ObjectNode schedule = scheduleObject(iapId);
        doc.set("data", schedule);
        if (withBase) {
            String base = prices.stream().filter(p -> Boolean.TRUE.equals(p.attribute("base")))
                    .map(p -> (String) p.attribute("territory")).findFirst().orElseThrow();
            ((ObjectNode) schedule.get("relationships").get("baseTerritory")).putObject("data")
                    .put("type", "territories").put("id", base);
            doc.putArray("included").add(territory(base));
        }
        String query = q.encodeWithout(null);
        doc.putObject("links").put("self", baseUri + rawPath + (query.isEmpty() ? "" : "?" + query));
        return new Response(200, doc);
    }

    private Response createSchedule(String body) {
        JsonNode root = json.readTree(body == null ? "{}" : body);
        JsonNode data = root.path("data");
        if (!"inAppPurchasePriceSchedules".equals(data.path("type").asString(""))) {
            throw Errors.invalidAttribute("/data/type", "The type must be 'inAppPurchasePriceSchedules'.");
        }
        String iapId = RouteDocuments.linkage(data, "inAppPurchase", "inAppPurchases");
        String base = RouteDocuments.linkage(data, "baseTerritory", "territories");
        product(iapId);
        if (!PriceTiers.knows(base)) {
            throw Errors.invalidRelationship("/data/relationships/baseTerritory", "The sandbox has no prices for " + base + ".");
        }
        JsonNode manual = data.path("relationships").path("manualPrices").path("data");
        if (!manual.isArray() || manual.isEmpty()) {
            throw Errors.invalidRelationship("/data/relationships/manualPrices", "A price schedule needs manual prices.");
        }
        Map<String, JsonNode> inline = new HashMap<>();
        for (JsonNode item : root.path("included")) {
            inline.put(item.path("type").asString("") + "/" + item.path("id").asString(""), item);
        }
        Map<String, Integer> tiers = new LinkedHashMap<>();
        for (int i = 0; i < manual.size(); i++) {
            JsonNode inlined = inline.get(PRICES + "/" + manual.get(i).path("id").asString(""));
            if (inlined == null) {
                throw Errors.invalidRelationship("/data/relationships/manualPrices/data/" + i,
                        "No included inAppPurchasePrices object has the id '" + manual.get(i).path("id").asString("") + "'.");
            }
            String pointId = inlined.path("relationships").path("inAppPurchasePricePoint").path("data").path("id").asString("");
            PricePointId point = PricePointId.parse(pointId).filter(p -> p.productId().equals(iapId))
                    .orElseThrow(() -> Errors.invalidRelationship("/included", "The price point '" + pointId
                            + "' is not a price point of this in-app purchase."));
            if (tiers.putIfAbsent(point.territory(), point.tier()) != null) {
                throw Errors.invalidRelationship("/included", "Two manual prices for " + point.territory() + ".");
            }
        }
        if (!tiers.containsKey(base)) {
            throw Errors.invalidRelationship("/data/relationships/manualPrices",
                    "The manual prices must include a price for the base territory " + base + ".");
        }
        storeSchedule(state, iapId, base, tiers);
        ObjectNode doc = NODES.objectNode();
        doc.set("data", scheduleObject(iapId));
        doc.putObject("links").put("self", baseUri + "/v1/inAppPurchasePriceSchedules/" + iapId);
        return new Response(201, doc);
    }

    /**
     * Stores a price schedule of a product: the manual prices (territory → tier), and in every other territory an
     * automatic price at the base territory's tier. It replaces the whole schedule, as Apple's POST does
     * (asc-api-notes §5).
     */
    private static void storeSchedule(SandboxState state, String iapId, String base, Map<String, Integer> tiers) {
        state.findAll(PRICES, a -> iapId.equals(a.get("inAppPurchase"))).forEach(p -> state.remove(PRICES, p.id()));
        for (String territory : List.of("USA", "GBR", "DEU", "FRA", "JPN", "CAN", "AUS")) {
            boolean isManual = tiers.containsKey(territory);
            int tier = isManual ? tiers.get(territory) : tiers.get(base);
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("manual", isManual);
            attributes.put("inAppPurchase", iapId);
            attributes.put("territory", territory);
            attributes.put("pricePoint", PricePointId.of(iapId, territory, tier).encoded());
            attributes.put("base", territory.equals(base));
            state.put(new StoredResource(PRICES, state.newId(PRICES), attributes, Map.of()));
        }
    }

    /**
     * A seeded price (see the Seeder's {@code price: {territory: USA, price: "4.99"}}): the schedule Apple would
     * have after a POST naming that territory's price point as the only manual price.
     *
     * @throws IllegalArgumentException when the sandbox has no prices for the territory or the price is no point
     */
    public static void seedPrice(SandboxState state, String iapId, String baseTerritory, String customerPrice) {
        if (!PriceTiers.knows(baseTerritory)) {
            throw new IllegalArgumentException("seed: the sandbox has no prices for " + baseTerritory);
        }
        int tier = PriceTiers.tierOf(baseTerritory, customerPrice).orElseThrow(() -> new IllegalArgumentException(
                "seed: " + customerPrice + " is not a " + baseTerritory + " price point"));
        storeSchedule(state, iapId, baseTerritory, Map.of(baseTerritory, tier));
    }

    /** A schedule's manual or automatic prices; {@code include} may name the price point and the territory. */
    private Response prices(String scheduleId, boolean manual, QueryParameters q, String rawPath) {
        product(scheduleId);
        boolean withPoints = false;
        boolean withTerritories = false;
        for (String include : q.list("include")) {
            switch (include) {
                case "inAppPurchasePricePoint" -> withPoints = true;
                case "territory" -> withTerritories = true;
                default -> throw Errors.invalidParameter("include",
                        "The sandbox can include only inAppPurchasePricePoint and territory.");
            }
        }
        List<String> territories = q.list("filter[territory]");
        List<ObjectNode> data = new ArrayList<>();
        List<ObjectNode> included = new ArrayList<>();
        for (StoredResource p : state.findAll(PRICES, a -> scheduleId.equals(a.get("inAppPurchase"))
                && Boolean.valueOf(manual).equals(a.get("manual")))) {
            String territory = (String) p.attribute("territory");
            if (!territories.isEmpty() && !territories.contains(territory)) {
                continue;
            }
            ObjectNode price = NODES.objectNode().put("type", PRICES).put("id", p.id());
            price.putObject("attributes").put("manual", manual);
            if (withPoints || withTerritories) {
                ObjectNode relationships = price.putObject("relationships");
                if (withPoints) {
                    relationships.putObject("inAppPurchasePricePoint").putObject("data")
                            .put("type", "inAppPurchasePricePoints").put("id", (String) p.attribute("pricePoint"));
                    included.add(point(PricePointId.parse((String) p.attribute("pricePoint")).orElseThrow()));
                }
                if (withTerritories) {
                    relationships.putObject("territory").putObject("data").put("type", "territories").put("id", territory);
                    included.add(territory(territory));
                }
            }
            price.putObject("links").put("self", baseUri + "/v1/inAppPurchasePrices/" + p.id());
            data.add(price);
        }
        return new Response(200, page(data, included, q, rawPath, MAX_PRICES));
    }

    private ObjectNode territory(String code) {
        ObjectNode territory = NODES.objectNode().put("type", "territories").put("id", code);
        territory.putObject("attributes").put("currency", PriceTiers.currency(code));
        territory.putObject("links").put("self", baseUri + "/v1/territories/" + code);
        return territory;
    }

    private ObjectNode scheduleObject(String iapId) {
        ObjectNode schedule = NODES.objectNode().put("type", "inAppPurchasePriceSchedules").put("id", iapId);
        ObjectNode relationships = schedule.putObject("relationships");
        for (String rel : List.of("baseTerritory", "manualPrices", "automaticPrices")) {
            String path = baseUri + "/v1/inAppPurchasePriceSchedules/" + iapId;
            relationships.putObject(rel).putObject("links").put("self", path + "/relationships/" + rel)
                    .put("related", path + "/" + rel);
        }
        schedule.putObject("links").put("self", baseUri + "/v1/inAppPurchasePriceSchedules/" + iapId);
        return schedule;
    }

    private ObjectNode point(PricePointId id) {
        ObjectNode point = NODES.objectNode().put("type", "inAppPurchasePricePoints").put("id", id.encoded());
        point.putObject("attributes").put("customerPrice", PriceTiers.price(id.territory(), id.tier()))
                .put("proceeds", PriceTiers.proceeds(id.territory(), id.tier()));
        point.putObject("relationships").putObject("equalizations").putObject("links")
                .put("related", baseUri + "/v1/inAppPurchasePricePoints/" + id.encoded() + "/equalizations");
        point.putObject("links").put("self", baseUri + "/v1/inAppPurchasePricePoints/" + id.encoded());
        return point;
    }

    private ObjectNode page(List<ObjectNode> all, List<ObjectNode> included, QueryParameters q, String rawPath, int max) {
        int limit = q.has("limit") ? RouteDocuments.limit(q.get("limit"), max) : 50;
        int offset = q.has("cursor") ? Cursor.decode(q.get("cursor")) : 0;
        int end = Math.min(all.size(), offset + limit);
        ObjectNode doc = NODES.objectNode();
        ArrayNode data = doc.putArray("data");
        Set<String> shownPoints = new java.util.HashSet<>();
        ArrayNode inc = NODES.arrayNode();
        for (int i = offset; i < end; i++) {
            data.add(all.get(i));
            // Only the objects the page's items link to, each once (JSON:API compound documents).
            for (JsonNode relationship : all.get(i).path("relationships")) {
                JsonNode rel = relationship.path("data");
                String key = rel.path("type").asString("") + "/" + rel.path("id").asString("");
                included.stream().filter(p -> key.equals(p.path("type").asString() + "/" + p.path("id").asString()))
                        .findFirst().filter(p -> shownPoints.add(key)).ifPresent(inc::add);
            }
        }
        if (!inc.isEmpty()) {
            doc.set("included", inc);
        }
        String query = q.encodeWithout(null);
        RouteDocuments.pageLinks(doc, baseUri + rawPath + (query.isEmpty() ? "" : "?" + query), baseUri, rawPath, q,
                all.size(), limit, end);
        return doc;
    }

    private void product(String iapId) {
        state.get("inAppPurchases", iapId).orElseThrow(() -> Errors.resourceNotFound("inAppPurchases", iapId));
    }

    /** A price point id: which product, territory and tier, base64url-encoded like Apple's opaque ids. */
    record PricePointId(String productId, String territory, int tier) {
        static PricePointId of(String productId, String territory, int tier) {
            return new PricePointId(productId, territory, tier);
        }

        String encoded() {
            String raw = "{\"s\":\"" + productId + "\",\"t\":\"" + territory + "\",\"p\":\"" + tier + "\"}";
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Optional<PricePointId> parse(String encoded) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
                var m = java.util.regex.Pattern.compile("\\{\"s\":\"([^\"]+)\",\"t\":\"([A-Z]{3})\",\"p\":\"(\\d+)\"}")
                        .matcher(raw);
                if (!m.matches() || !PriceTiers.knows(m.group(2))) {
                    return Optional.empty();
                }
                int tier = Integer.parseInt(m.group(3));
                return tier < PriceTiers.count() ? Optional.of(new PricePointId(m.group(1), m.group(2), tier)) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }
}
