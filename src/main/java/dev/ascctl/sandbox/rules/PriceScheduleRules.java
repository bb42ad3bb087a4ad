package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.pricing.PricePoints;
import dev.ascctl.sandbox.pricing.PriceTiers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-app purchase's price schedule ({@code POST /v1/inAppPurchasePriceSchedules}, its manual prices inline in
 * {@code included}; the generic router serves the paths and stores the prices). Apple's rules: one manual price per
 * territory, each at one of this product's points, one of them in the base territory; every other territory gets an
 * automatic (equalized) price at the base's tier; a POST replaces the whole schedule (asc-api-notes §5). The
 * schedule's id is its product's id, as on live ASC [observed; the spec does not say], and every product has one to
 * read, empty until priced, though {@code /v2/inAppPurchases/{id}/iapPriceSchedule} is a 404 until then.
 */
public record PriceScheduleRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "inAppPurchasePriceSchedules";
    static final String PRICES = "inAppPurchasePrices";

    /** Makes every product's schedule readable, empty until its first POST (called once per state). */
    public static void emptyUntilPriced(SandboxState state) {
        state.defaultFor(TYPE, id -> state.get("inAppPurchases", id).map(product -> new StoredResource(TYPE, id,
                Map.of(), Map.of("inAppPurchase", List.of(id)))));
    }

    @Override
    public void beforeCreate(WriteRequest request) {
        String product = request.relatedId("inAppPurchase");
        String base = request.relatedId("baseTerritory");
        List<String> territories = new ArrayList<>();
        for (WriteRequest.Inline price : ManualPrices.of(request, "inAppPurchasePrices")) {
            String pointId = price.request().relatedId("inAppPurchasePricePoint");
            PricePoints.Id point = PricePoints.of(product, pointId).orElseThrow(() -> Errors.invalidRelationship(
                    "/included", "The price point '" + pointId + "' is not a price point of this in-app purchase."));
            if (territories.contains(point.territory())) {
                throw Errors.invalidRelationship("/included", "Two manual prices for " + point.territory() + ".");
            }
            territories.add(point.territory());
        }
        if (!territories.contains(base)) {
            throw Errors.invalidRelationship("/data/relationships/manualPrices",
                    "The manual prices must include a price for the base territory " + base + ".");
        }
        removePrices(state, product); // the new schedule replaces the old one whole
    }

    /** Marks the manual prices, and prices every other territory automatically at the base territory's tier. */
    @Override
    public void afterCreate(StoredResource schedule) {
        complete(state, schedule);
    }

    private static void complete(SandboxState state, StoredResource schedule) {
        String product = schedule.relatedId("inAppPurchase");
        Map<String, PricePoints.Id> manual = new LinkedHashMap<>();
        for (String id : schedule.related("manualPrices")) {
            StoredResource price = state.require(PRICES, id);
            PricePoints.Id point = PricePoints.Id.parse(price.relatedId("inAppPurchasePricePoint")).orElseThrow();
            manual.put(point.territory(), point);
            state.put(price.withAttributes(Map.of("manual", true)).withRelationships(Map.of(
                    "territory", List.of(point.territory()), "inAppPurchaseV2", List.of(product))));
        }
        int baseTier = manual.get(schedule.relatedId("baseTerritory")).tier();
        List<String> automatic = new ArrayList<>();
        for (String territory : PriceTiers.territories()) {
            if (!manual.containsKey(territory)) {
                automatic.add(storePrice(state, new PricePoints.Id(product, territory, baseTier), false).id());
            }
        }
        state.put(schedule.withRelationships(Map.of("automaticPrices", automatic)));
    }

    /**
     * Stores the schedule a POST naming these manual prices would leave (used by the seeder).
     *
     * @param manual the manual prices' points; must hold one in {@code baseTerritory}
     */
    public static void store(SandboxState state, String productId, String baseTerritory, List<PricePoints.Id> manual) {
        removePrices(state, productId);
        List<String> ids = manual.stream().map(p -> storePrice(state, p, true).id()).toList();
        StoredResource schedule = new StoredResource(TYPE, productId, Map.of(), Map.of("inAppPurchase",
                List.of(productId), "baseTerritory", List.of(baseTerritory), "manualPrices", ids));
        state.put(schedule);
        complete(state, schedule);
    }

    private static StoredResource storePrice(SandboxState state, PricePoints.Id point, boolean manual) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("startDate", null);
        attributes.put("endDate", null);
        attributes.put("manual", manual);
        StoredResource price = new StoredResource(PRICES, state.newId(PRICES), attributes, Map.of(
                "inAppPurchasePricePoint", List.of(point.encoded()), "territory", List.of(point.territory()),
                "inAppPurchaseV2", List.of(point.productId())));
        state.put(price);
        return price;
    }

    private static void removePrices(SandboxState state, String productId) {
        state.referencing(PRICES, "inAppPurchaseV2", productId).forEach(p -> state.remove(PRICES, p.id()));
        state.remove(TYPE, productId);
    }
}
