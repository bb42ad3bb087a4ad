package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.model.Territories;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An app's availability ({@code POST /v2/appAvailabilities}, its territories inline in {@code included}; the generic
 * router serves the paths). Apple keeps one per app and has no PATCH for it, so a POST is how
 * {@code availableInNewTerritories} changes, and a new one replaces the app's previous one. It lists the
 * territories the POST names, available or not; one it does not name is not sold there. (Apple's recorded one
 * lists 175 territories, the storefronts; the spec's TerritoryCode has 233 codes, and which 175 are storefronts is
 * not written anywhere the sandbox can read, so it lists what it was told.) The id is the app's [fastlane's
 * recorded availability has its app's id]. Territories change one by one with
 * {@code PATCH /v1/territoryAvailabilities/{id}} ({@link TerritoryAvailabilityRules}).
 */
public record AppAvailabilityRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "appAvailabilities";
    static final String TERRITORIES = "territoryAvailabilities";

    @Override
    public void beforeCreate(WriteRequest request) {
        String app = request.relatedId("app");
        List<String> named = new ArrayList<>();
        for (String id : request.relationships().get(TERRITORIES)) {
            WriteRequest.Inline inline = request.included().get(id);
            if (inline == null) {
                throw Errors.invalidRelationship("/data/relationships/territoryAvailabilities",
                        "No included territoryAvailabilities object has the id '" + id + "'.");
            }
            String territory = inline.request().relatedId("territory");
            if (territory == null || !Territories.isKnown(territory)) {
                throw Errors.invalidRelationship("/included", "Each territory availability needs a territory.");
            }
            if (named.contains(territory)) {
                throw Errors.invalidRelationship("/included", "Two territory availabilities for " + territory + ".");
            }
            named.add(territory);
            Map<String, Object> attributes = inline.request().attributes();
            TerritoryAvailabilityRules.checkPreOrder(state, app, attributes.get("preOrderEnabled"),
                    attributes.get("releaseDate"));
        }
        remove(state, app);
    }

    /** Sets what Apple derives from each territory's attributes. */
    @Override
    public void afterCreate(StoredResource created) {
        String app = created.relatedId("app");
        for (String id : created.related(TERRITORIES)) {
            StoredResource t = state.require(TERRITORIES, id);
            Map<String, Object> attributes = new LinkedHashMap<>(t.attributes());
            if (attributes.get("available") == null) {
                attributes.put("available", Boolean.TRUE); // named without a value: sold there
            }
            attributes.putAll(TerritoryAvailabilityRules.derived(state, app, attributes));
            state.put(new StoredResource(TERRITORIES, id, attributes, Map.of("territory", t.related("territory"),
                    "app", List.of(app))));
        }
    }

    /** Whether the app is sold somewhere (App Review refuses an app without availability). */
    static boolean available(SandboxState state, String appId) {
        return state.get(TYPE, appId).stream().flatMap(a -> a.related(TERRITORIES).stream())
                .flatMap(id -> state.get(TERRITORIES, id).stream())
                .anyMatch(t -> Boolean.TRUE.equals(t.attribute("available")));
    }

    /** Stores the availability a POST naming these territories (each available) would leave, for the seeder. */
    public static StoredResource store(SandboxState state, String appId, List<String> territories,
                                       boolean availableInNewTerritories) {
        remove(state, appId);
        List<String> ids = new ArrayList<>();
        for (String code : territories) {
            ids.add(storeTerritory(state, appId, code, true, null, false).id());
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("availableInNewTerritories", availableInNewTerritories);
        StoredResource availability = new StoredResource(TYPE, appId, attributes, Map.of("app", List.of(appId),
                TERRITORIES, ids));
        state.put(availability);
        return availability;
    }

    private static StoredResource storeTerritory(SandboxState state, String appId, String code, boolean available,
                                                 String releaseDate, boolean preOrder) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("available", available);
        attributes.put("releaseDate", releaseDate);
        attributes.put("preOrderEnabled", preOrder);
        attributes.putAll(TerritoryAvailabilityRules.derived(state, appId, attributes));
        StoredResource t = new StoredResource(TERRITORIES, state.newId(TERRITORIES), attributes,
                Map.of("territory", List.of(code), "app", List.of(appId)));
        state.put(t);
        return t;
    }

    private static void remove(SandboxState state, String appId) {
        state.get(TYPE, appId).ifPresent(old -> old.related(TERRITORIES).forEach(id -> state.remove(TERRITORIES, id)));
        state.remove(TYPE, appId);
    }
}
