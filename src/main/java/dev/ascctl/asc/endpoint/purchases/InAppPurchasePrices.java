package dev.ascctl.asc.endpoint.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The price endpoints of an in-app purchase, from Apple's spec 4.4.1 and asc-api-notes §5 "How an IAP price is set".
 *
 * <pre>{@code
 * InAppPurchasePrices.pricePoints(iapId, "USA")      // GET /v2/inAppPurchases/{id}/pricePoints?filter[territory]=USA&include=territory&limit=8000
 * InAppPurchasePrices.pricePoints(iapId, List.of("JPN", "USA"))  // ...?filter[territory]=JPN,USA&include=territory&limit=8000
 * InAppPurchasePrices.manualPrices(iapId)            // GET /v1/inAppPurchasePriceSchedules/{id}/manualPrices?include=...
 * InAppPurchasePrices.setPrices(iapId, "USA", Map.of("USA", point, "JPN", jpnPoint))
 *                                                    // POST /v1/inAppPurchasePriceSchedules (replaces the schedule)
 * InAppPurchasePrices.baseTerritory(iapId)           // GET /v2/inAppPurchases/{id}/iapPriceSchedule?include=baseTerritory
 * }</pre>
 */
public final class InAppPurchasePrices {
    /** The spec's maximum {@code limit} on the price-point paths; one page holds a territory's whole grid. */
    public static final int POINTS_LIMIT = 8000;

    private InAppPurchasePrices() {
    }

    /** The product's price points in one territory. */
    public static ApiQuery pricePoints(String iapId, String territory) {
        return pricePoints(iapId, List.of(territory));
    }

    /**
     * The product's price points in several territories, in one read: {@code filter[territory]} takes a list, and
     * each point names its territory
     * ({@code relationships.territory.data}, which {@code include=territory} makes sure is there).
     */
    public static ApiQuery pricePoints(String iapId, Collection<String> territories) {
        return ApiQuery.of(pricePointsPath(iapId))
                .filter("territory", List.copyOf(territories))
                .include("territory")
                .limit(POINTS_LIMIT);
    }

    /** The path of the product's price points, whatever their territories. */
    public static String pricePointsPath(String iapId) {
        return "/v2/inAppPurchases/" + RequestBodies.requireId(iapId, "inAppPurchases") + "/pricePoints";
    }

    /**
     * Every manual price of the product's schedule, each with its territory and price point (for the customer
     * price). One page: Apple sells in 175 territories and the limit is 200, so a schedule's manual prices always
     * fit. The schedule's id is the product's id on live ASC [observed; the spec's InAppPurchasePriceSchedule does
     * not say], which saves reading {@code /v2/inAppPurchases/{id}/iapPriceSchedule} first.
     */
    public static ApiQuery manualPrices(String iapId) {
        return ApiQuery.of("/v1/inAppPurchasePriceSchedules/" + RequestBodies.requireId(iapId, "inAppPurchases")
                        + "/manualPrices")
                .include("inAppPurchasePricePoint", "territory")
                .limit(200);
    }

    /**
     * The product's price schedule with its base territory included ({@code relationships.baseTerritory.data}).
     * A to-one: 404 for a product never priced (the spec lists 404 on this path; the sandbox answers so too).
     */
    public static ApiQuery baseTerritory(String iapId) {
        return ApiQuery.of("/v2/inAppPurchases/" + RequestBodies.requireId(iapId, "inAppPurchases") + "/iapPriceSchedule")
                .include("baseTerritory");
    }

    /**
     * {@code POST /v1/inAppPurchasePriceSchedules} (InAppPurchasePriceScheduleCreateRequest): the manual prices,
     * each inline in {@code included} under a client placeholder id ({@code new-price-USA}); Apple equalizes the
     * territories not named. The POST replaces the whole schedule, so every manual price is sent every time.
     *
     * @param pricePoints territory → price point id; must hold the base territory
     */
    public static ApiCall setPrices(String iapId, String baseTerritory, Map<String, String> pricePoints) {
        RequestBodies.requireId(iapId, "inAppPurchases");
        if (!pricePoints.containsKey(baseTerritory)) {
            throw new IllegalArgumentException("the manual prices must hold the base territory " + baseTerritory);
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode body = f.objectNode();
        ObjectNode data = body.putObject("data").put("type", "inAppPurchasePriceSchedules");
        ObjectNode relationships = data.putObject("relationships");
        relationships.putObject("inAppPurchase").set("data", linkage("inAppPurchases", iapId));
        relationships.putObject("baseTerritory").set("data", linkage("territories", baseTerritory));
        ArrayNode manual = relationships.putObject("manualPrices").putArray("data");
        ArrayNode included = body.putArray("included");
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put(baseTerritory, pricePoints.get(baseTerritory));
        new TreeMap<>(pricePoints).forEach(ordered::putIfAbsent);
        ordered.forEach((territory, pointId) -> {
            RequestBodies.requireId(pointId, "inAppPurchasePricePoints");
            String placeholder = "new-price-" + territory;
            manual.add(linkage("inAppPurchasePrices", placeholder));
            ObjectNode price = included.addObject().put("type", "inAppPurchasePrices").put("id", placeholder);
            price.putObject("attributes").putNull("startDate"); // null: from now on
            ObjectNode priceRelationships = price.putObject("relationships");
            priceRelationships.putObject("inAppPurchaseV2").set("data", linkage("inAppPurchases", iapId));
            priceRelationships.putObject("inAppPurchasePricePoint")
                    .set("data", linkage("inAppPurchasePricePoints", pointId));
        });
        return ApiCall.post("/v1/inAppPurchasePriceSchedules", body);
    }

    private static ObjectNode linkage(String type, String id) {
        return JsonNodeFactory.instance.objectNode().put("type", type).put("id", id);
    }
}
