package dev.ascctl.asc.endpoint.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.RequestBodies;
import dev.ascctl.asc.endpoint.ResourceEndpoint;
import java.util.Collection;
import java.util.Map;
import tools.jackson.databind.node.BooleanNode;

/**
 * The availability endpoints of an in-app purchase, from Apple's spec 4.4.1 (asc-api-notes §5 "Availability").
 * Whether a product has an availability at all, and its id, come for free with the product list read
 * ({@code include=inAppPurchaseAvailability}, see {@code PurchaseReads}); only its territories need a read.
 *
 * <pre>{@code
 * InAppPurchaseAvailabilities.territories(availabilityId)   // GET /v1/inAppPurchaseAvailabilities/{id}/availableTerritories?limit=200
 * InAppPurchaseAvailabilities.set(iapId, territories, true) // POST /v1/inAppPurchaseAvailabilities (replaces the whole availability)
 * }</pre>
 */
public final class InAppPurchaseAvailabilities {
    /**
     * The spec's maximum {@code limit} on the territories path. Apple has 175 territories, so one page holds them
     * all; a longer list is still read whole (the client follows {@code links.next}).
     */
    public static final int TERRITORIES_LIMIT = 200;
    private static final ResourceEndpoint ENDPOINT = ResourceEndpoint.of("inAppPurchaseAvailabilities");

    private InAppPurchaseAvailabilities() {
    }

    /** The territories of an availability, only their ids ({@code fields[territories]=currency} is the smallest). */
    public static ApiQuery territories(String availabilityId) {
        return ApiQuery.of("/v1/inAppPurchaseAvailabilities/"
                        + RequestBodies.requireId(availabilityId, "inAppPurchaseAvailabilities") + "/availableTerritories")
                .limit(TERRITORIES_LIMIT);
    }

    /**
     * {@code POST /v1/inAppPurchaseAvailabilities} (InAppPurchaseAvailabilityCreateRequest): the product's complete
     * territory list. Apple keeps one availability per product and this POST replaces it, so it serves both
     * creating and changing. {@code iapId} may be an {@code {{id:ADDRESS}}} placeholder of a product the same
     * apply creates.
     */
    public static ApiCall set(String iapId, Collection<String> territories, boolean availableInNewTerritories) {
        return ENDPOINT.create(Map.of("availableInNewTerritories", BooleanNode.valueOf(availableInNewTerritories)),
                Map.of("inAppPurchase", iapId), Map.of("availableTerritories", territories));
    }
}
