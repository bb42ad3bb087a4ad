package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An in-app purchase's availability ({@code POST /v1/inAppPurchaseAvailabilities}): Apple keeps one per product, and
 * the POST is how it changes, so a new one replaces the product's previous one. Everything else (the body, the
 * territories it names, the reads) the generic router serves from the catalog.
 */
public record InAppPurchaseAvailabilityRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "inAppPurchaseAvailabilities";

    @Override
    public void afterCreate(StoredResource created) {
        String product = created.related("inAppPurchase").get(0);
        state.referencing(TYPE, "inAppPurchase", product).stream().filter(a -> !a.id().equals(created.id()))
                .forEach(old -> state.remove(TYPE, old.id()));
    }

    /** Stores a product's availability as the POST would (used by the seeder), replacing any it had. */
    public static StoredResource store(SandboxState state, String iapId, Set<String> territories,
                                       boolean availableInNewTerritories) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("availableInNewTerritories", availableInNewTerritories);
        StoredResource stored = new StoredResource(TYPE, state.newId(TYPE), attributes,
                Map.of("inAppPurchase", List.of(iapId), "availableTerritories", List.copyOf(territories)));
        state.put(stored);
        new InAppPurchaseAvailabilityRules(state).afterCreate(stored);
        return stored;
    }
}
