package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.model.Territories;
import java.util.List;

/**
 * A subscription's availability ({@code POST /v1/subscriptionPlanAvailabilities}, Apple 4.4.1's replacement of the
 * deprecated {@code subscriptionAvailabilities}): one per subscription and plan type, so a second POST for the same
 * pair is refused (409) and changes go through its PATCH (flag and territories); every territory named is one of
 * Apple's codes. The generic router serves the reads and the relationship endpoints.
 */
public record SubscriptionPlanAvailabilityRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "subscriptionPlanAvailabilities";

    @Override
    public void beforeCreate(WriteRequest request) {
        String subscription = request.relatedId("subscription");
        Object planType = request.attributes().get("planType");
        boolean exists = state.referencing(TYPE, "subscription", subscription).stream()
                .anyMatch(a -> java.util.Objects.equals(a.attribute("planType"), planType));
        if (exists) {
            throw Errors.stateError("/data/relationships/subscription", "The subscription already has an availability"
                    + " for plan type " + planType + "; change it with PATCH /v1/subscriptionPlanAvailabilities/{id}.");
        }
        territories(request.relationships().getOrDefault("availableTerritories", List.of()));
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        territories(request.relationships().getOrDefault("availableTerritories", List.of()));
    }

    @Override
    public void beforeLink(StoredResource owner, String relationship, List<String> ids, boolean add) {
        territories(ids);
    }

    private static void territories(List<String> ids) {
        ids.stream().filter(id -> !Territories.isKnown(id)).findFirst().ifPresent(id -> {
            throw Errors.invalidRelationship("/data/relationships/availableTerritories",
                    "There is no territory with the id '" + id + "'.");
        });
    }
}
