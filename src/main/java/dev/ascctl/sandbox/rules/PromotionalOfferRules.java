package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.pricing.PricePoints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A subscription's promotional offers ({@code POST} and {@code PATCH /v1/subscriptionPromotionalOffers}, the prices
 * inline in {@code included}; the generic router serves the paths and stores the prices). Apple's rules: an offer
 * code once per subscription; each price at one of this subscription's points, in the territory it names, no
 * territory twice; a FREE_TRIAL has no prices. A PATCH names the prices to keep (ids of the offer's own) and the
 * new ones inline; the others are removed.
 */
public record PromotionalOfferRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "subscriptionPromotionalOffers";
    static final String PRICES = "subscriptionPromotionalOfferPrices";

    @Override
    public void beforeCreate(WriteRequest request) {
        if (((Number) request.attributes().get("numberOfPeriods")).intValue() < 1) {
            throw Errors.invalidAttribute("/data/attributes/numberOfPeriods", "numberOfPeriods must be at least 1.");
        }
        String subscription = request.relatedId("subscription");
        for (String id : request.relationships().get("prices")) {
            if (!request.included().containsKey(id)) {
                throw Errors.invalidRelationship("/data/relationships/prices",
                        "The price '" + id + "' is not included; a new offer's prices are created with it.");
            }
        }
        Object code = request.attributes().get("offerCode");
        if (state.referencing(TYPE, "subscription", subscription).stream().anyMatch(o -> code.equals(o.attribute("offerCode")))) {
            throw Errors.invalidAttribute("/data/attributes/offerCode",
                    "The offer code '" + code + "' is already used by this subscription.");
        }
        checkPrices(request, subscription, List.of(), (String) request.attributes().get("offerMode"));
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        if (!request.relationships().containsKey("prices")) {
            return;
        }
        List<String> kept = request.relationships().get("prices").stream()
                .filter(id -> !request.included().containsKey(id)).toList();
        for (String id : kept) {
            if (!existing.related("prices").contains(id)) {
                throw Errors.invalidRelationship("/data/relationships/prices",
                        "The price '" + id + "' is neither included nor a price of this offer.");
            }
        }
        checkPrices(request, existing.relatedId("subscription"),
                kept.stream().map(id -> state.require(PRICES, id).relatedId("territory")).toList(),
                (String) existing.attribute("offerMode"));
        existing.related("prices").stream().filter(id -> !kept.contains(id)).forEach(id -> state.remove(PRICES, id));
    }

    @Override
    public void afterCreate(StoredResource created) {
        territoriesFromPoints(created);
    }

    @Override
    public void afterUpdate(StoredResource updated) {
        territoriesFromPoints(updated);
    }

    @Override
    public void afterDelete(StoredResource deleted) {
        deleted.related("prices").forEach(id -> state.remove(PRICES, id));
    }

    /** The inline prices, each checked; {@code keptTerritories} are those of the prices an update keeps. */
    private void checkPrices(WriteRequest request, String subscription, List<String> keptTerritories, String mode) {
        List<String> territories = new ArrayList<>(keptTerritories);
        for (WriteRequest.Inline price : request.included().values()) {
            String pointId = price.request().relatedId("subscriptionPricePoint");
            PricePoints.Id point = PricePoints.of(subscription, pointId).orElseThrow(() -> Errors.invalidRelationship(
                    "/included", "The price point '" + pointId + "' is not a price point of this subscription."));
            String territory = price.request().relatedId("territory");
            if (territory != null && !territory.equals(point.territory())) {
                throw Errors.invalidRelationship("/included", "The price point is for " + point.territory() + ", not "
                        + territory + ".");
            }
            if (territories.contains(point.territory())) {
                throw Errors.invalidRelationship("/included", "The offer has two prices for " + point.territory() + ".");
            }
            territories.add(point.territory());
        }
        if ("FREE_TRIAL".equals(mode) && !territories.isEmpty()) {
            throw Errors.invalidRelationship("/data/relationships/prices", "A FREE_TRIAL offer has no price points.");
        }
    }

    /** A price sent without its territory is in its point's. */
    private void territoriesFromPoints(StoredResource offer) {
        for (String id : offer.related("prices")) {
            StoredResource price = state.require(PRICES, id);
            if (price.relatedId("territory") == null) {
                String territory = PricePoints.Id.parse(price.relatedId("subscriptionPricePoint")).orElseThrow().territory();
                state.put(price.withRelationships(Map.of("territory", List.of(territory))));
            }
        }
    }

    /** A seeded offer, stored as the POST would store it; {@code prices} is territory → customer price. */
    @SuppressWarnings("unchecked")
    public static void store(SandboxState state, String subscriptionId, Map<String, Object> offer) {
        List<String> prices = new ArrayList<>();
        ((Map<String, Object>) offer.getOrDefault("prices", Map.of())).forEach((territory, price) -> {
            PricePoints.Id point = PricePoints.at(subscriptionId, territory, String.valueOf(price));
            StoredResource stored = new StoredResource(PRICES, state.newId(PRICES), Map.of(), Map.of(
                    "territory", List.of(territory), "subscriptionPricePoint", List.of(point.encoded())));
            state.put(stored);
            prices.add(stored.id());
        });
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String name : List.of("duration", "name", "offerCode", "offerMode")) {
            attributes.put(name, String.valueOf(offer.get(name)));
        }
        attributes.put("numberOfPeriods", ((Number) offer.get("numberOfPeriods")).intValue());
        attributes.put("targetSubscriptionPlanType", null);
        state.put(new StoredResource(TYPE, state.newId(TYPE), attributes,
                Map.of("subscription", List.of(subscriptionId), "prices", prices)));
    }
}
