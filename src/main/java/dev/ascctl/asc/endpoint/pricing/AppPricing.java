package dev.ascctl.asc.endpoint.pricing;

import static dev.ascctl.asc.endpoint.RequestBodies.linkage;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.PricePointsPath;
import dev.ascctl.asc.endpoint.PriceScheduleBody;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Collection;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The endpoints of an app's own price and availability, from Apple's spec 4.4.1 (asc-api-notes §5, "App price, same
 * pattern").
 *
 * <pre>{@code
 * AppPricing.manualPrices(appId)                  // GET /v1/appPriceSchedules/{app id}/manualPrices?include=appPricePoint,territory&limit=200
 * AppPricing.pricePoints(appId, List.of("USA"))   // GET /v1/apps/{id}/appPricePoints?filter[territory]=USA&include=territory&limit=200
 * AppPricing.equalizations(pointId)               // GET /v3/appPricePoints/{id}/equalizations?include=territory&limit=200
 * AppPricing.setPrices(appId, "USA", prices)      // POST /v1/appPriceSchedules (replaces the schedule)
 * AppPricing.availability(appId)                  // GET /v2/appAvailabilities/{app id}
 * AppPricing.territories(appId)                   // GET /v2/appAvailabilities/{app id}/territoryAvailabilities?include=territory&limit=200
 * }</pre>
 */
public final class AppPricing {
    private static final int LIMIT = 200;
    private static final PricePointsPath POINTS = new PricePointsPath("/v1/apps/", "apps", "/appPricePoints", LIMIT);

    private AppPricing() {
    }

    /** One manual price of a schedule: a point from a date (null: now) until a date (null: for good). */
    public record ManualPrice(String territory, String pointId, String startDate, String endDate) {
    }

    /**
     * Every manual price of the app's schedule with its territory and point (for the customer price), in one page:
     * 175 territories and a few scheduled changes fit in 200. The schedule's id is its app's, as an in-app purchase
     * schedule's is its product's on live ASC [observed there], which saves reading {@code /v1/apps/{id}/appPriceSchedule}.
     */
    public static ApiQuery manualPrices(String appId) {
        return ApiQuery.of("/v1/appPriceSchedules/" + RequestBodies.requireId(appId, "apps") + "/manualPrices")
                .include("appPricePoint", "territory").limit(LIMIT);
    }

    /** The schedule's base territory (a to-one: 404 for an app never priced), for {@code import}. */
    public static ApiQuery baseTerritory(String appId) {
        return ApiQuery.of("/v1/appPriceSchedules/" + RequestBodies.requireId(appId, "apps") + "/baseTerritory");
    }

    /** The app's price points in these territories, every page ({@code limit} is at most 200 here). */
    public static ApiQuery pricePoints(String appId, Collection<String> territories) {
        return POINTS.query(appId, territories);
    }

    public static String pricePointsPath(String appId) {
        return POINTS.of(appId);
    }

    /** The prices Apple sets in the other territories when this point is the base price. */
    public static ApiQuery equalizations(String pointId) {
        return ApiQuery.of("/v3/appPricePoints/" + RequestBodies.requireId(pointId, "appPricePoints")
                + "/equalizations").include("territory").limit(LIMIT);
    }

    /**
     * {@code POST /v1/appPriceSchedules} (AppPriceScheduleCreateRequest): every manual price inline in
     * {@code included} under a placeholder id; Apple equalizes the territories not named. There is no PATCH: every
     * change is a new schedule carrying the prices that stay.
     */
    public static ApiCall setPrices(String appId, String baseTerritory, List<ManualPrice> prices) {
        RequestBodies.requireId(appId, "apps");
        PriceScheduleBody body = new PriceScheduleBody("appPriceSchedules", "app", "apps", appId, baseTerritory,
                "appPrices");
        int n = 0;
        for (ManualPrice price : prices) {
            ObjectNode inline = body.addPrice("price-" + price.territory() + "-" + n++);
            ObjectNode attributes = inline.putObject("attributes");
            attributes.put("startDate", price.startDate());
            attributes.put("endDate", price.endDate());
            inline.putObject("relationships").putObject("appPricePoint")
                    .set("data", linkage("appPricePoints", RequestBodies.requireId(price.pointId(), "appPricePoints")));
        }
        return body.post("/v1/appPriceSchedules");
    }

    /**
     * The app's availability ({@code availableInNewTerritories}), by the app's id, which is the availability's
     * (see {@link #territories}); 404 before it is ever set.
     */
    public static ApiQuery availability(String appId) {
        return ApiQuery.of("/v2/appAvailabilities/" + RequestBodies.requireId(appId, "apps"));
    }

    /**
     * The availability's territories, each with its territory; one page holds Apple's 175. By the app's id: Apple's
     * availability has its app's id (fastlane's recorded one; scripts in the wild read it so), saving a read of
     * {@code /v1/apps/{id}/appAvailabilityV2} first.
     */
    public static ApiQuery territories(String appId) {
        return ApiQuery.of("/v2/appAvailabilities/" + RequestBodies.requireId(appId, "apps")
                + "/territoryAvailabilities").include("territory").limit(LIMIT);
    }

    /** One territory as the availability's POST names it. */
    public record TerritoryState(String territory, boolean available, String releaseDate, boolean preOrder) {
    }

    /**
     * {@code POST /v2/appAvailabilities}: the app's whole availability; Apple keeps one per app and a new one
     * replaces it (the only way {@code availableInNewTerritories} changes).
     */
    public static ApiCall setAvailability(String appId, boolean availableInNewTerritories,
                                          List<TerritoryState> territories) {
        RequestBodies.requireId(appId, "apps");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode data = body.putObject("data").put("type", "appAvailabilities");
        data.putObject("attributes").put("availableInNewTerritories", availableInNewTerritories);
        ObjectNode relationships = data.putObject("relationships");
        relationships.putObject("app").set("data", linkage("apps", appId));
        ArrayNode list = relationships.putObject("territoryAvailabilities").putArray("data");
        ArrayNode included = body.putArray("included");
        for (TerritoryState t : territories) {
            String placeholder = "territory-" + t.territory();
            list.add(linkage("territoryAvailabilities", placeholder));
            ObjectNode inline = included.addObject().put("type", "territoryAvailabilities").put("id", placeholder);
            inline.set("attributes", attributes(t));
            inline.putObject("relationships").putObject("territory").set("data", linkage("territories", t.territory()));
        }
        return ApiCall.post("/v2/appAvailabilities", body);
    }

    /** {@code PATCH /v1/territoryAvailabilities/{id}}: one territory's availability, release date and pre-order. */
    public static ApiCall setTerritory(String territoryAvailabilityId, TerritoryState state) {
        String id = RequestBodies.requireId(territoryAvailabilityId, "territoryAvailabilities");
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putObject("data").put("type", "territoryAvailabilities").put("id", id).set("attributes", attributes(state));
        return ApiCall.patch("/v1/territoryAvailabilities/" + id, body);
    }

    /** {@code POST /v1/endAppAvailabilityPreOrders}: ends these territories' pre-orders; the app is released there. */
    public static ApiCall endPreOrders(Collection<String> territoryAvailabilityIds) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode data = body.putObject("data").put("type", "endAppAvailabilityPreOrders");
        ArrayNode list = data.putObject("relationships").putObject("territoryAvailabilities").putArray("data");
        territoryAvailabilityIds.forEach(id -> list.add(linkage("territoryAvailabilities",
                RequestBodies.requireId(id, "territoryAvailabilities"))));
        return ApiCall.post("/v1/endAppAvailabilityPreOrders", body);
    }

    private static ObjectNode attributes(TerritoryState t) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode().put("available", t.available());
        attributes.put("releaseDate", t.preOrder() ? t.releaseDate() : null);
        attributes.put("preOrderEnabled", t.preOrder());
        return attributes;
    }
}
