package dev.ascctl.asc.endpoint.purchases;

import static dev.ascctl.asc.endpoint.RequestBodies.linkage;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.PricePointsPath;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The price endpoints of an auto-renewable subscription, from Apple's spec 4.4.1 and asc-api-notes §5
 * "subscriptionPrices: one record per territory and start date". Unlike an in-app purchase's schedule, each
 * territory's price is its own record, and a new record (a POST; there is no PATCH) changes the price.
 *
 * <pre>{@code
 * SubscriptionPrices.pricePoints(subId, "USA")                 // GET /v1/subscriptions/{id}/pricePoints?filter[territory]=USA&include=territory&limit=8000
 * SubscriptionPrices.pricePoints(subId, List.of("GBR", "USA"))  // ...?filter[territory]=GBR,USA&include=territory&limit=8000
 * SubscriptionPrices.prices(subId)                             // GET /v1/subscriptions/{id}/prices?include=territory,subscriptionPricePoint
 * SubscriptionPrices.setPrice(subId, "USA", pointId, true)     // POST /v1/subscriptionPrices
 * }</pre>
 */
public final class SubscriptionPrices {
    /** The spec's maximum {@code limit} on the price-point path; one page holds a territory's whole grid. */
    public static final int POINTS_LIMIT = 8000;
    /** The spec's maximum {@code limit} on the prices path. */
    public static final int PRICES_LIMIT = 200;
    private static final PricePointsPath POINTS = new PricePointsPath("/v1/subscriptions/", "subscriptions",
            "/pricePoints", POINTS_LIMIT);

    private SubscriptionPrices() {
    }

    /** The subscription's price points in one territory. */
    public static ApiQuery pricePoints(String subscriptionId, String territory) {
        return POINTS.query(subscriptionId, List.of(territory));
    }

    /** The subscription's price points in several territories, in one read ({@link PricePointsPath#query}). */
    public static ApiQuery pricePoints(String subscriptionId, Collection<String> territories) {
        return POINTS.query(subscriptionId, territories);
    }

    /** The path of the subscription's price points, whatever their territories. */
    public static String pricePointsPath(String subscriptionId) {
        return POINTS.of(subscriptionId);
    }

    /**
     * Every price record of the subscription, past, current and scheduled, with its territory and price point
     * (for the customer price). One request per subscription covers all its territories.
     */
    public static ApiQuery prices(String subscriptionId) {
        return ApiQuery.of("/v1/subscriptions/" + RequestBodies.requireId(subscriptionId, "subscriptions") + "/prices")
                .include("territory", "subscriptionPricePoint")
                .limit(PRICES_LIMIT);
    }

    /**
     * {@code POST /v1/subscriptionPrices} (SubscriptionPriceCreateRequest): the territory's price from now on
     * ({@code startDate} null). {@code preserveCurrentPrice} true keeps existing subscribers at what they pay now.
     */
    public static ApiCall setPrice(String subscriptionId, String territory, String pricePointId,
                                   boolean preserveCurrentPrice) {
        RequestBodies.requireId(subscriptionId, "subscriptions");
        RequestBodies.requireId(pricePointId, "subscriptionPricePoints");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode data = body.putObject("data").put("type", "subscriptionPrices");
        data.putObject("attributes").put("preserveCurrentPrice", preserveCurrentPrice).putNull("startDate");
        ObjectNode relationships = data.putObject("relationships");
        relationships.putObject("subscription").set("data", linkage("subscriptions", subscriptionId));
        relationships.putObject("territory").set("data", linkage("territories", territory));
        relationships.putObject("subscriptionPricePoint").set("data", linkage("subscriptionPricePoints", pricePointId));
        return ApiCall.post("/v1/subscriptionPrices", body);
    }
}
