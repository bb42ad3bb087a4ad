package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.pricing.PricePoints;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Apple's rules for a subscription's introductory offers (the generic router serves their paths from the catalog):
 * one offer per subscription and territory at a time (App Store Connect Help, "Set up introductory offers for
 * auto-renewable subscriptions": "you can have one introductory offer per territory"); a FREE_TRIAL has no price
 * point, and the paid modes need one of the subscription's points in that territory.
 */
public record IntroductoryOfferRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "subscriptionIntroductoryOffers";

    @Override
    public void beforeCreate(WriteRequest request) {
        Object periods = request.attributes().get("numberOfPeriods");
        if (!(periods instanceof Number n) || n.intValue() < 1) {
            throw Errors.invalidAttribute("/data/attributes/numberOfPeriods", "numberOfPeriods must be at least 1.");
        }
        String subscription = one(request, "subscription");
        String territory = one(request, "territory");
        String mode = (String) request.attributes().get("offerMode");
        String point = one(request, "subscriptionPricePoint");
        if ("FREE_TRIAL".equals(mode) && point != null) {
            throw Errors.invalidRelationship("/data/relationships/subscriptionPricePoint", "A free trial has no price point.");
        }
        if (!"FREE_TRIAL".equals(mode) && (point == null || !PricePoints.isPointOf(point, subscription, territory))) {
            throw Errors.invalidRelationship("/data/relationships/subscriptionPricePoint",
                    "A " + mode + " offer needs a price point of this subscription in " + territory + ".");
        }
        if (!offers(state, (s, t) -> s.equals(subscription) && t.equals(territory)).isEmpty()) {
            throw Errors.stateError("/data/relationships/territory",
                    "There is already an introductory offer for " + territory + ".");
        }
    }

    /** Stores an offer as the POST would (used by the seeder); {@code pricePoint} null for a free trial. */
    public static StoredResource store(SandboxState state, String subscriptionId, String territory, String mode,
                                       String duration, int periods, String pricePoint) {
        if (!offers(state, (s, t) -> s.equals(subscriptionId) && t.equals(territory)).isEmpty()) {
            throw new IllegalArgumentException("There is already an introductory offer for " + territory + ".");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("offerMode", mode);
        attributes.put("duration", duration);
        attributes.put("numberOfPeriods", periods);
        Map<String, List<String>> relationships = new LinkedHashMap<>();
        relationships.put("subscription", List.of(subscriptionId));
        relationships.put("territory", List.of(territory));
        relationships.put("subscriptionPricePoint", pricePoint == null ? List.of() : List.of(pricePoint));
        StoredResource stored = new StoredResource(TYPE, state.newId(TYPE), attributes, relationships);
        state.put(stored);
        return stored;
    }

    private static List<StoredResource> offers(SandboxState state, BiPredicate<String, String> subscriptionAndTerritory) {
        return state.all(TYPE).stream().filter(o -> !o.related("subscription").isEmpty()
                && !o.related("territory").isEmpty()
                && subscriptionAndTerritory.test(o.related("subscription").get(0), o.related("territory").get(0)))
                .toList();
    }

    private static String one(WriteRequest request, String relationship) {
        List<String> ids = request.relationships().getOrDefault(relationship, List.of());
        return ids.isEmpty() ? null : ids.get(0);
    }
}
