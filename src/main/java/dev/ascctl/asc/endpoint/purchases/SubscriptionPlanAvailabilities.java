package dev.ascctl.asc.endpoint.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;
import dev.ascctl.asc.endpoint.ResourceEndpoint;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.StringNode;

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
    private static final ResourceEndpoint ENDPOINT = ResourceEndpoint.of(TYPE);

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
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        attributes.put("availableInNewTerritories", BooleanNode.valueOf(availableInNewTerritories));
        attributes.put("planType", StringNode.valueOf(planType));
        return ENDPOINT.create(attributes, Map.of("subscription", subscriptionId),
                Map.of("availableTerritories", territories));
    }

    /** {@code PATCH /v1/subscriptionPlanAvailabilities/{id}}: the flag and the whole territory list in one request. */
    public static ApiCall update(String availabilityId, Collection<String> territories,
                                 boolean availableInNewTerritories) {
        return ENDPOINT.update(availabilityId, Map.of("availableInNewTerritories",
                BooleanNode.valueOf(availableInNewTerritories)), Map.of("availableTerritories", territories));
    }
}
