package dev.ascctl.asc.endpoint.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The price endpoints of an in-app purchase, from Apple's spec 4.4.1 and asc-api-notes §5 "How an IAP price is set".
 *
 * <pre>{@code
 * InAppPurchasePrices.pricePoints(iapId, "USA")      // GET /v2/inAppPurchases/{id}/pricePoints?filter[territory]=USA&limit=8000
 * InAppPurchasePrices.manualPrices(iapId, "USA")     // GET /v1/inAppPurchasePriceSchedules/{id}/manualPrices?...
 * InAppPurchasePrices.setPrice(iapId, "USA", point)  // POST /v1/inAppPurchasePriceSchedules (replaces the schedule)
 * InAppPurchasePrices.anyManualPrice(iapId)          // GET /v1/inAppPurchasePriceSchedules/{id}/manualPrices?limit=1
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
        return ApiQuery.of("/v2/inAppPurchases/" + RequestBodies.requireId(iapId, "inAppPurchases") + "/pricePoints")
                .filter("territory", territory)
                .limit(POINTS_LIMIT);
    }

    /**
     * The manual price of the product's schedule in one territory, with its price point (for the customer price).
     * The schedule's id is the product's id on live ASC [observed; the spec's InAppPurchasePriceSchedule does not
     * say], which saves reading {@code /v2/inAppPurchases/{id}/iapPriceSchedule} first.
     */
    public static ApiQuery manualPrices(String iapId, String territory) {
        return ApiQuery.of("/v1/inAppPurchasePriceSchedules/" + RequestBodies.requireId(iapId, "inAppPurchases")
                        + "/manualPrices")
                .filter("territory", territory)
                .include("inAppPurchasePricePoint")
                .limit(200);
    }

    /**
     * One manual price of the product's schedule, in any territory: whether the product has been priced at all.
     * Asked before {@link #baseTerritory}, whose path answers 404 for a product without a schedule (the spec
     * lists 404 on it); this one answers an empty list, as {@link #manualPrices} does for a product not yet priced.
     */
    public static ApiQuery anyManualPrice(String iapId) {
        return ApiQuery.of("/v1/inAppPurchasePriceSchedules/" + RequestBodies.requireId(iapId, "inAppPurchases")
                        + "/manualPrices")
                .limit(1);
    }

    /** The product's price schedule with its base territory included ({@code relationships.baseTerritory.data}). */
    public static ApiQuery baseTerritory(String iapId) {
        return ApiQuery.of("/v2/inAppPurchases/" + RequestBodies.requireId(iapId, "inAppPurchases") + "/iapPriceSchedule")
                .include("baseTerritory");
    }

    /**
     * {@code POST /v1/inAppPurchasePriceSchedules} (InAppPurchasePriceScheduleCreateRequest): the base territory's
     * price as the only manual price, inline in {@code included} under a client placeholder id; Apple equalizes
     * the other territories. The POST replaces the whole schedule.
     */
    public static ApiCall setPrice(String iapId, String baseTerritory, String pricePointId) {
        RequestBodies.requireId(iapId, "inAppPurchases");
        RequestBodies.requireId(pricePointId, "inAppPurchasePricePoints");
        String placeholder = "new-price-" + baseTerritory;
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode body = f.objectNode();
        ObjectNode data = body.putObject("data").put("type", "inAppPurchasePriceSchedules");
        ObjectNode relationships = data.putObject("relationships");
        relationships.putObject("inAppPurchase").set("data", linkage("inAppPurchases", iapId));
        relationships.putObject("baseTerritory").set("data", linkage("territories", baseTerritory));
        relationships.putObject("manualPrices").putArray("data").add(linkage("inAppPurchasePrices", placeholder));
        ObjectNode price = body.putArray("included").addObject().put("type", "inAppPurchasePrices").put("id", placeholder);
        price.putObject("attributes").putNull("startDate"); // null: from now on
        ObjectNode priceRelationships = price.putObject("relationships");
        priceRelationships.putObject("inAppPurchaseV2").set("data", linkage("inAppPurchases", iapId));
        priceRelationships.putObject("inAppPurchasePricePoint").set("data", linkage("inAppPurchasePricePoints", pricePointId));
        return ApiCall.post("/v1/inAppPurchasePriceSchedules", body);
    }

    private static ObjectNode linkage(String type, String id) {
        return JsonNodeFactory.instance.objectNode().put("type", type).put("id", id);
    }
}
