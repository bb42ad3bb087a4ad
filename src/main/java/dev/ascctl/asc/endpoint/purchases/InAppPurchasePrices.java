package dev.ascctl.asc.endpoint.purchases;

import static dev.ascctl.asc.endpoint.RequestBodies.linkage;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.PricePointsPath;
import dev.ascctl.asc.endpoint.PriceScheduleBody;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    private static final PricePointsPath POINTS = new PricePointsPath("/v2/inAppPurchases/", "inAppPurchases",
            "/pricePoints", POINTS_LIMIT);

    private InAppPurchasePrices() {
    }

    /** The product's price points in one territory. */
    public static ApiQuery pricePoints(String iapId, String territory) {
        return POINTS.query(iapId, List.of(territory));
    }

    /** The product's price points in several territories, in one read ({@link PricePointsPath#query}). */
    public static ApiQuery pricePoints(String iapId, Collection<String> territories) {
        return POINTS.query(iapId, territories);
    }

    /** The path of the product's price points, whatever their territories. */
    public static String pricePointsPath(String iapId) {
        return POINTS.of(iapId);
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
        PriceScheduleBody body = new PriceScheduleBody("inAppPurchasePriceSchedules", "inAppPurchase", "inAppPurchases",
                iapId, baseTerritory, "inAppPurchasePrices");
        Map<String, String> ordered = new LinkedHashMap<>();
        ordered.put(baseTerritory, pricePoints.get(baseTerritory));
        new TreeMap<>(pricePoints).forEach(ordered::putIfAbsent);
        ordered.forEach((territory, pointId) -> {
            RequestBodies.requireId(pointId, "inAppPurchasePricePoints");
            ObjectNode price = body.addPrice("new-price-" + territory);
            price.putObject("attributes").putNull("startDate"); // null: from now on
            ObjectNode priceRelationships = price.putObject("relationships");
            priceRelationships.putObject("inAppPurchaseV2").set("data", linkage("inAppPurchases", iapId));
            priceRelationships.putObject("inAppPurchasePricePoint")
                    .set("data", linkage("inAppPurchasePricePoints", pointId));
        });
        return body.post("/v1/inAppPurchasePriceSchedules");
    }
}
