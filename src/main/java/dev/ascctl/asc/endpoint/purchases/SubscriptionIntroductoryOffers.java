package dev.ascctl.asc.endpoint.purchases;

import static dev.ascctl.asc.endpoint.RequestBodies.linkage;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The introductory-offer endpoints of an auto-renewable subscription, from Apple's spec 4.4.1 and asc-api-notes
 * §5 "Introductory and promotional offers". There is no GET by id: offers are read as the subscription's list.
 *
 * <pre>{@code
 * SubscriptionIntroductoryOffers.list(subId)                      // GET /v1/subscriptions/{id}/introductoryOffers?include=territory,subscriptionPricePoint&limit=200
 * SubscriptionIntroductoryOffers.create(subId, "USA", "FREE_TRIAL", "ONE_WEEK", 1, null, null)  // POST
 * SubscriptionIntroductoryOffers.setEndDate(offerId, "2027-01-31")  // PATCH: endDate is all Apple lets change
 * SubscriptionIntroductoryOffers.delete(offerId)                  // DELETE
 * }</pre>
 */
public final class SubscriptionIntroductoryOffers {
    /** The spec's maximum {@code limit} on the list path (one offer per territory: 175 at most). */
    public static final int LIMIT = 200;
    static final String TYPE = "subscriptionIntroductoryOffers";

    private SubscriptionIntroductoryOffers() {
    }

    /** Every introductory offer of the subscription, with its territory and price point (customer price). */
    public static ApiQuery list(String subscriptionId) {
        return ApiQuery.of("/v1/subscriptions/" + RequestBodies.requireId(subscriptionId, "subscriptions")
                        + "/introductoryOffers")
                .include("territory", "subscriptionPricePoint")
                .limit(LIMIT);
    }

    /**
     * {@code POST /v1/subscriptionIntroductoryOffers} (SubscriptionIntroductoryOfferCreateRequest). A FREE_TRIAL
     * names no price point ({@code pricePointId} null); the paid modes name the subscription's point for the
     * price. {@code startDate} is left out: the offer starts now.
     */
    public static ApiCall create(String subscriptionId, String territory, String offerMode, String duration,
                                 int numberOfPeriods, String pricePointId, String endDate) {
        RequestBodies.requireId(subscriptionId, "subscriptions");
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode body = f.objectNode();
        ObjectNode data = body.putObject("data").put("type", TYPE);
        ObjectNode attributes = data.putObject("attributes").put("duration", duration).put("offerMode", offerMode)
                .put("numberOfPeriods", numberOfPeriods);
        if (endDate != null) {
            attributes.put("endDate", endDate);
        }
        ObjectNode relationships = data.putObject("relationships");
        relationships.putObject("subscription").set("data", linkage("subscriptions", subscriptionId));
        relationships.putObject("territory").set("data", linkage("territories", territory));
        if (pricePointId != null) {
            relationships.putObject("subscriptionPricePoint").set("data",
                    linkage("subscriptionPricePoints", RequestBodies.requireId(pricePointId, "subscriptionPricePoints")));
        }
        return ApiCall.post("/v1/" + TYPE, body);
    }

    /** {@code PATCH /v1/subscriptionIntroductoryOffers/{id}}: the end date (null: no end). */
    public static ApiCall setEndDate(String offerId, String endDate) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode data = body.putObject("data").put("type", TYPE)
                .put("id", RequestBodies.requireId(offerId, TYPE));
        ObjectNode attributes = data.putObject("attributes");
        if (endDate == null) {
            attributes.putNull("endDate");
        } else {
            attributes.put("endDate", endDate);
        }
        return ApiCall.patch("/v1/" + TYPE + "/" + offerId, body);
    }

    /** {@code DELETE /v1/subscriptionIntroductoryOffers/{id}}. */
    public static ApiCall delete(String offerId) {
        return ApiCall.delete("/v1/" + TYPE + "/" + RequestBodies.requireId(offerId, TYPE));
    }
}
