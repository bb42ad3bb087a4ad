package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One territory of an app's availability ({@code PATCH /v1/territoryAvailabilities/{id}}: {@code available},
 * {@code releaseDate}, {@code preOrderEnabled}). Apple's rules (App Store Connect Help, "Offer your app for
 * pre-order"): a pre-order needs a release date after today, and only an app never released can be pre-ordered.
 * What Apple derives: {@code preOrderPublishDate} (today, when the pre-order starts) and {@code contentStatuses}
 * (one of AVAILABLE, AVAILABLE_FOR_SALE_UNRELEASED_APP, AVAILABLE_FOR_PREORDER_ON_DATE, CANNOT_SELL, as recorded).
 */
public record TerritoryAvailabilityRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "territoryAvailabilities";

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        Map<String, Object> merged = new LinkedHashMap<>(existing.attributes());
        merged.putAll(request.attributes());
        if (request.attributes().containsKey("preOrderEnabled") || request.attributes().containsKey("releaseDate")) {
            checkPreOrder(state, existing.relatedId("app"), merged.get("preOrderEnabled"), merged.get("releaseDate"));
        }
    }

    @Override
    public Map<String, Object> serverAttributesOnUpdate(StoredResource existing, WriteRequest request) {
        Map<String, Object> merged = new LinkedHashMap<>(existing.attributes());
        merged.putAll(request.attributes());
        return derived(state, existing.relatedId("app"), merged);
    }

    /** Refuses a pre-order without a future release date, or of an app already released. */
    static void checkPreOrder(SandboxState state, String appId, Object preOrderEnabled, Object releaseDate) {
        if (!Boolean.TRUE.equals(preOrderEnabled)) {
            return;
        }
        if (released(state, appId)) {
            throw Errors.stateError("/data/attributes/preOrderEnabled",
                    "Pre-orders are only available for apps that have not been released.");
        }
        LocalDate date;
        try {
            date = releaseDate == null ? null : LocalDate.parse(releaseDate.toString());
        } catch (DateTimeParseException e) {
            throw Errors.invalidAttribute("/data/attributes/releaseDate", "'" + releaseDate + "' is not a date.");
        }
        if (date == null || !date.isAfter(LocalDate.now(ZoneOffset.UTC))) {
            throw Errors.invalidAttribute("/data/attributes/releaseDate",
                    "A pre-order needs a release date after today.");
        }
    }

    /** The attributes Apple sets from the ones a client writes. */
    static Map<String, Object> derived(SandboxState state, String appId, Map<String, Object> attributes) {
        boolean available = Boolean.TRUE.equals(attributes.get("available"));
        boolean preOrder = available && Boolean.TRUE.equals(attributes.get("preOrderEnabled"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("preOrderEnabled", preOrder);
        Object published = attributes.get("preOrderPublishDate");
        out.put("preOrderPublishDate", !preOrder ? null
                : published != null ? published : LocalDate.now(ZoneOffset.UTC).toString());
        String status = !available ? "CANNOT_SELL" : preOrder ? "AVAILABLE_FOR_PREORDER_ON_DATE"
                : released(state, appId) ? "AVAILABLE" : "AVAILABLE_FOR_SALE_UNRELEASED_APP";
        out.put("contentStatuses", List.of(status));
        return out;
    }

    /** Whether a version of the app has been on the App Store. */
    static boolean released(SandboxState state, String appId) {
        return state.referencing("appStoreVersions", "app", appId).stream()
                .anyMatch(v -> "READY_FOR_DISTRIBUTION".equals(v.attribute("appVersionState"))
                        || "READY_FOR_SALE".equals(v.attribute("appStoreState")));
    }

    /**
     * {@code POST /v1/endAppAvailabilityPreOrders}: ends the pre-order of the territories named and releases the app
     * there at once (their release date becomes today). Every one named must be in pre-order.
     */
    public record EndPreOrders(SandboxState state) implements ResourceRules {
        public static final String TYPE = "endAppAvailabilityPreOrders";

        @Override
        public void beforeCreate(WriteRequest request) {
            for (String id : request.relationships().get(TerritoryAvailabilityRules.TYPE)) {
                StoredResource t = state.get(TerritoryAvailabilityRules.TYPE, id).orElseThrow(() ->
                        Errors.invalidRelationship("/data/relationships/territoryAvailabilities",
                                "There is no territory availability with id '" + id + "'."));
                if (!Boolean.TRUE.equals(t.attribute("preOrderEnabled"))) {
                    throw Errors.stateError("/data/relationships/territoryAvailabilities",
                            "The territory availability '" + id + "' is not in pre-order.");
                }
            }
        }

        @Override
        public void afterCreate(StoredResource created) {
            for (String id : created.related(TerritoryAvailabilityRules.TYPE)) {
                StoredResource t = state.require(TerritoryAvailabilityRules.TYPE, id);
                Map<String, Object> changes = new LinkedHashMap<>();
                changes.put("preOrderEnabled", false);
                changes.put("releaseDate", LocalDate.now(ZoneOffset.UTC).toString());
                Map<String, Object> merged = new LinkedHashMap<>(t.attributes());
                merged.putAll(changes);
                changes.putAll(derived(state, t.relatedId("app"), merged));
                state.put(t.withAttributes(changes));
            }
        }
    }
}
