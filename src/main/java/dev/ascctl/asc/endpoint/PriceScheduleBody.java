package dev.ascctl.asc.endpoint;

import dev.ascctl.asc.ApiCall;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of a price schedule POST, an app's ({@code AppPriceScheduleCreateRequest}) or an in-app purchase's
 * ({@code InAppPurchasePriceScheduleCreateRequest}): the owner, the base territory, and every manual price inline in
 * {@code included} under a client placeholder id. There is no PATCH: each POST replaces the whole schedule.
 */
public final class PriceScheduleBody {
    private final ObjectNode body = JsonNodeFactory.instance.objectNode();
    private final ArrayNode manual;
    private final ArrayNode included;
    private final String priceType;

    /**
     * @param scheduleType      {@code appPriceSchedules} or {@code inAppPurchasePriceSchedules}
     * @param ownerRelationship the schedule's relationship to its owner ({@code app}, {@code inAppPurchase})
     * @param priceType         the type of its manual prices ({@code appPrices}, {@code inAppPurchasePrices})
     */
    public PriceScheduleBody(String scheduleType, String ownerRelationship, String ownerType, String ownerId,
                             String baseTerritory, String priceType) {
        this.priceType = priceType;
        ObjectNode relationships = body.putObject("data").put("type", scheduleType).putObject("relationships");
        relationships.putObject(ownerRelationship).set("data", RequestBodies.linkage(ownerType, ownerId));
        relationships.putObject("baseTerritory").set("data", RequestBodies.linkage("territories", baseTerritory));
        this.manual = relationships.putObject("manualPrices").putArray("data");
        this.included = body.putArray("included");
    }

    /** Adds a manual price under {@code placeholder}; returns it inline, for its attributes and relationships. */
    public ObjectNode addPrice(String placeholder) {
        manual.add(RequestBodies.linkage(priceType, placeholder));
        return included.addObject().put("type", priceType).put("id", placeholder);
    }

    public ApiCall post(String path) {
        return ApiCall.post(path, body);
    }
}
