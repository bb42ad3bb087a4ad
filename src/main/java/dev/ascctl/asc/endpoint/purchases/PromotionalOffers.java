package dev.ascctl.asc.endpoint.purchases;

import static dev.ascctl.asc.endpoint.RequestBodies.linkage;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A subscription's promotional offers, from Apple's spec 4.4.1 and asc-api-notes §5 "Introductory and promotional
 * offers". The offer's attributes are fixed at its POST; the PATCH replaces its {@code prices} (existing price ids
 * are kept by naming them, new prices come inline in {@code included} under client placeholder ids).
 *
 * <pre>{@code
 * PromotionalOffers.list(subId)                          // GET /v1/subscriptions/{id}/promotionalOffers?limit=200
 * PromotionalOffers.prices(offerId)                      // GET /v1/subscriptionPromotionalOffers/{id}/prices?include=territory,subscriptionPricePoint
 * PromotionalOffers.create(subId, attributes, points)    // POST /v1/subscriptionPromotionalOffers
 * PromotionalOffers.setPrices(offerId, kept, points)     // PATCH /v1/subscriptionPromotionalOffers/{id}
 * PromotionalOffers.delete(offerId)                      // DELETE /v1/subscriptionPromotionalOffers/{id}
 * }</pre>
 */
public final class PromotionalOffers {
    /** The spec's maximum {@code limit} on both list paths. */
    public static final int LIMIT = 200;
    private static final String TYPE = "subscriptionPromotionalOffers";
    private static final String PRICE_TYPE = "subscriptionPromotionalOfferPrices";

    private PromotionalOffers() {
    }

    /** Every promotional offer of the subscription (at most 200 fit one page; Apple allows far fewer per subscription). */
    public static ApiQuery list(String subscriptionId) {
        return ApiQuery.of("/v1/subscriptions/" + RequestBodies.requireId(subscriptionId, "subscriptions")
                + "/promotionalOffers").limit(LIMIT);
    }

    /** The offer's prices, each with its territory and price point (for the customer price). */
    public static ApiQuery prices(String offerId) {
        return ApiQuery.of("/v1/subscriptionPromotionalOffers/" + RequestBodies.requireId(offerId, TYPE) + "/prices")
                .include("territory", "subscriptionPricePoint")
                .limit(LIMIT);
    }

    /**
     * {@code POST /v1/subscriptionPromotionalOffers} (SubscriptionPromotionalOfferCreateRequest).
     *
     * @param attributes name, offerCode, offerMode, duration, numberOfPeriods (all required by the spec)
     * @param points     territory → subscription price point id; empty for a free trial
     */
    public static ApiCall create(String subscriptionId, ObjectNode attributes, Map<String, String> points) {
        RequestBodies.requireId(subscriptionId, "subscriptions");
        RequestBodies.requireAttributes(attributes, TYPE, "name", "offerCode", "offerMode", "duration");
        if (!attributes.path("numberOfPeriods").isInt() || attributes.path("numberOfPeriods").asInt() < 1) {
            throw new IllegalArgumentException("creating " + TYPE + " needs a numberOfPeriods of at least 1");
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode data = body.putObject("data").put("type", TYPE);
        data.set("attributes", attributes.deepCopy());
        ObjectNode relationships = data.putObject("relationships");
        relationships.putObject("subscription").set("data", linkage("subscriptions", subscriptionId));
        inlinePrices(body, relationships.putObject("prices").putArray("data"), points);
        return ApiCall.post("/v1/" + TYPE, body);
    }

    /**
     * {@code PATCH /v1/subscriptionPromotionalOffers/{id}} (SubscriptionPromotionalOfferUpdateRequest): the offer's
     * prices become {@code kept} (ids of its live prices) plus one new price per entry of {@code points}.
     */
    public static ApiCall setPrices(String offerId, List<String> kept, Map<String, String> points) {
        RequestBodies.requireId(offerId, TYPE);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode data = body.putObject("data").put("type", TYPE).put("id", offerId);
        ArrayNode prices = data.putObject("relationships").putObject("prices").putArray("data");
        for (String id : kept) {
            prices.add(linkage(PRICE_TYPE, RequestBodies.requireId(id, PRICE_TYPE)));
        }
        inlinePrices(body, prices, points);
        return ApiCall.patch("/v1/" + TYPE + "/" + offerId, body);
    }

    public static ApiCall delete(String offerId) {
        return ApiCall.delete("/v1/" + TYPE + "/" + RequestBodies.requireId(offerId, TYPE));
    }

    /** One SubscriptionPromotionalOfferPriceInlineCreate per territory, linked from {@code linkages}. */
    private static void inlinePrices(ObjectNode body, ArrayNode linkages, Map<String, String> points) {
        if (points.isEmpty()) {
            return;
        }
        ArrayNode included = body.putArray("included");
        points.forEach((territory, pointId) -> {
            String placeholder = "new-offer-price-" + territory;
            linkages.add(linkage(PRICE_TYPE, placeholder));
            ObjectNode price = included.addObject().put("type", PRICE_TYPE).put("id", placeholder);
            ObjectNode relationships = price.putObject("relationships");
            relationships.putObject("territory").set("data", linkage("territories", territory));
            relationships.putObject("subscriptionPricePoint").set("data",
                    linkage("subscriptionPricePoints", RequestBodies.requireId(pointId, "subscriptionPricePoints")));
        });
    }
}
