package dev.ascctl.asc.endpoint.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Collection;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A subscription's availability, by the operations Apple's spec 4.4.1 does not deprecate (asc-api-notes §5
 * "Availability": {@code subscriptionPlanAvailabilities}; {@code /v1/subscriptionAvailabilities} is deprecated).
 *
 * <pre>{@code
 * SubscriptionPlanAvailabilities.ofSubscription(subId)        // GET /v1/subscriptions/{id}/planAvailabilities?include=availableTerritories&limit[availableTerritories]=50
 * SubscriptionPlanAvailabilities.territories(availabilityId)  // GET /v1/subscriptionPlanAvailabilities/{id}/availableTerritories?limit=200
 * SubscriptionPlanAvailabilities.create(subId, "UPFRONT", territories, true)  // POST /v1/subscriptionPlanAvailabilities
 * SubscriptionPlanAvailabilities.update(availabilityId, territories, true)    // PATCH /v1/subscriptionPlanAvailabilities/{id}
 * }</pre>
 */
public final class SubscriptionPlanAvailabilities {
    /** The spec's maximum for the included territories; a list this long may have more, read whole then. */
    public static final int INCLUDED_TERRITORIES = 50;
    private static final String TYPE = "subscriptionPlanAvailabilities";

    private SubscriptionPlanAvailabilities() {
    }

    /** The subscription's availabilities (one per plan type), each with up to 50 territories included. */
    public static ApiQuery ofSubscription(String subscriptionId) {
        return ApiQuery.of("/v1/subscriptions/" + RequestBodies.requireId(subscriptionId, "subscriptions")
                + "/planAvailabilities").include("availableTerritories")
                .limit("availableTerritories", INCLUDED_TERRITORIES);
    }

    /** Every territory of one availability (Apple has 175: one page). */
    public static ApiQuery territories(String availabilityId) {
        return ApiQuery.of("/v1/subscriptionPlanAvailabilities/" + RequestBodies.requireId(availabilityId, TYPE)
                + "/availableTerritories").limit(200);
    }

    /**
     * {@code POST /v1/subscriptionPlanAvailabilities}: the first availability of a subscription for a plan type.
     * {@code subscriptionId} may be an {@code {{id:ADDRESS}}} placeholder of a subscription the same apply creates.
     */
    public static ApiCall create(String subscriptionId, String planType, Collection<String> territories,
                                 boolean availableInNewTerritories) {
        RequestBodies.requireId(subscriptionId, "subscriptions");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode data = body.putObject("data").put("type", TYPE);
        data.putObject("attributes").put("availableInNewTerritories", availableInNewTerritories)
                .put("planType", planType);
        ObjectNode relationships = data.putObject("relationships");
        relationships.putObject("subscription").putObject("data").put("type", "subscriptions").put("id", subscriptionId);
        territories(relationships, territories);
        return ApiCall.post("/v1/" + TYPE, body);
    }

    /** {@code PATCH /v1/subscriptionPlanAvailabilities/{id}}: the flag and the whole territory list in one request. */
    public static ApiCall update(String availabilityId, Collection<String> territories,
                                 boolean availableInNewTerritories) {
        String id = RequestBodies.requireId(availabilityId, TYPE);
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode data = body.putObject("data").put("type", TYPE).put("id", id);
        data.putObject("attributes").put("availableInNewTerritories", availableInNewTerritories);
        territories(data.putObject("relationships"), territories);
        return ApiCall.patch("/v1/" + TYPE + "/" + id, body);
    }

    private static void territories(ObjectNode relationships, Collection<String> territories) {
        ArrayNode list = relationships.putObject("availableTerritories").putArray("data");
        territories.forEach(t -> list.addObject().put("type", "territories").put("id", t));
    }
}
