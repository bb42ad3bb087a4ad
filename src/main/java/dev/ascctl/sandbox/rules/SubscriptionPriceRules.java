package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.pricing.PricePoints;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A subscription's prices ({@code POST /v1/subscriptionPrices}), one per territory and start date; the generic
 * router serves the paths. Apple's rules: the point must be one of this subscription's, in the territory named (when
 * one is). A price without a start date applies from today: the first price of a territory gets no start date, a
 * later one today's date (UTC), replacing a price already set for that date [sandbox simplification; Apple schedules
 * changes for existing subscribers with notice]. The request's {@code preserveCurrentPrice} is the price's
 * {@code preserved}.
 */
public record SubscriptionPriceRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "subscriptionPrices";

    @Override
    public void beforeCreate(WriteRequest request) {
        String pointId = request.relatedId("subscriptionPricePoint");
        PricePoints.Id point = PricePoints.of(request.relatedId("subscription"), pointId).orElseThrow(() ->
                Errors.invalidRelationship("/data/relationships/subscriptionPricePoint",
                        "The price point '" + pointId + "' is not a price point of this subscription."));
        String territory = request.relatedId("territory");
        if (territory != null && !territory.equals(point.territory())) {
            throw Errors.invalidRelationship("/data/relationships/territory",
                    "The price point is for " + point.territory() + ", not " + territory + ".");
        }
    }

    @Override
    public void afterCreate(StoredResource created) {
        settle(state, created);
    }

    /** Its territory from its point, its start date, the price it replaces, and {@code preserved}. */
    private static void settle(SandboxState state, StoredResource created) {
        String subscription = created.relatedId("subscription");
        String territory = PricePoints.Id.parse(created.relatedId("subscriptionPricePoint")).orElseThrow().territory();
        List<StoredResource> others = state.referencing(TYPE, "subscription", subscription).stream()
                .filter(p -> territory.equals(p.relatedId("territory")) && !p.id().equals(created.id())).toList();
        Object start = created.attribute("startDate") != null ? created.attribute("startDate")
                : others.isEmpty() ? null : LocalDate.now(ZoneOffset.UTC).toString();
        others.stream().filter(p -> start != null && Objects.equals(start, p.attribute("startDate")))
                .forEach(p -> state.remove(TYPE, p.id()));
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("startDate", start);
        changes.put("preserved", Boolean.TRUE.equals(created.attribute("preserveCurrentPrice")));
        state.put(created.withAttributes(changes).withRelationships(Map.of("territory", List.of(territory))));
    }

    /**
     * A seeded subscription's first price in a territory (no start date: in effect since it went on sale), stored
     * as the POST would store it.
     */
    public static void store(SandboxState state, PricePoints.Id point) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("startDate", null);
        attributes.put("preserved", false);
        attributes.put("planType", null);
        StoredResource price = new StoredResource(TYPE, state.newId(TYPE), attributes, Map.of("subscription",
                List.of(point.productId()), "subscriptionPricePoint", List.of(point.encoded())));
        state.put(price);
        settle(state, price);
    }
}
