package dev.ascctl.asc.endpoint.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import dev.ascctl.vocabulary.Vocabulary;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * The create, update and delete endpoints of one in-app purchase or subscription resource type; the attributes
 * come from Apple's spec 4.4.1 ({@code XCreateRequest}, {@code XUpdateRequest}) through the generated vocabulary.
 * Each constant is one resource type; its three methods are its three endpoints.
 *
 * <pre>{@code
 * ProductEndpoints.IN_APP_PURCHASES.create(appId, attributes)   // POST /v2/inAppPurchases
 * ProductEndpoints.IN_APP_PURCHASE_LOCALIZATIONS.update(id, a)  // PATCH /v1/inAppPurchaseLocalizations/{id}
 * }</pre>
 *
 * @param collectionPath   e.g. {@code /v2/inAppPurchases}
 * @param type             the JSON:API type
 * @param createAttributes attributes {@code XCreateRequest} accepts
 * @param required         attributes {@code XCreateRequest} requires
 * @param updateAttributes attributes {@code XUpdateRequest} accepts (the immutable ones are missing)
 * @param parent           the relationship a create must carry, e.g. {@code app}
 * @param parentType       its type, e.g. {@code apps}
 */
public record ProductEndpoints(String collectionPath, String type, Set<String> createAttributes, Set<String> required,
                               Set<String> updateAttributes, String parent, String parentType) {

    public static final ProductEndpoints IN_APP_PURCHASES = of("/v2/inAppPurchases", "inAppPurchases", "app",
            "apps");
    public static final ProductEndpoints IN_APP_PURCHASE_LOCALIZATIONS = of("/v1/inAppPurchaseLocalizations",
            "inAppPurchaseLocalizations", "inAppPurchaseV2", "inAppPurchases");
    public static final ProductEndpoints SUBSCRIPTION_GROUPS = of("/v1/subscriptionGroups", "subscriptionGroups",
            "app", "apps");
    public static final ProductEndpoints SUBSCRIPTION_GROUP_LOCALIZATIONS = of("/v1/subscriptionGroupLocalizations",
            "subscriptionGroupLocalizations", "subscriptionGroup", "subscriptionGroups");
    public static final ProductEndpoints SUBSCRIPTIONS = of("/v1/subscriptions", "subscriptions", "group",
            "subscriptionGroups");
    public static final ProductEndpoints SUBSCRIPTION_LOCALIZATIONS = of("/v1/subscriptionLocalizations",
            "subscriptionLocalizations", "subscription", "subscriptions");

    /** The endpoints of a type, with the attributes its create and update requests take in Apple's spec. */
    static ProductEndpoints of(String collectionPath, String type, String parent, String parentType) {
        Vocabulary.WriteRequest create = Vocabulary.get().type(type).create().orElseThrow();
        return new ProductEndpoints(collectionPath, type, Set.copyOf(create.attributes()),
                Set.copyOf(create.requiredAttributes()), RequestBodies.updatable(type), parent, parentType);
    }

    public ProductEndpoints {
        Objects.requireNonNull(collectionPath, "collectionPath");
        Objects.requireNonNull(type, "type");
        createAttributes = Set.copyOf(createAttributes);
        required = Set.copyOf(required);
        updateAttributes = Set.copyOf(updateAttributes);
        if (!createAttributes.containsAll(required)) {
            throw new IllegalArgumentException(type + ": required attributes must be creatable");
        }
    }

    /**
     * {@code POST collectionPath}.
     *
     * @param parentId the parent's id, or an {@code IdReference} token when the same apply creates the parent
     */
    public ApiCall create(String parentId, ObjectNode attributes) {
        RequestBodies.requireAttributes(attributes, type, required.toArray(String[]::new));
        return RequestBodies.create(collectionPath, type, attributes, createAttributes,
                Map.of(parent, new Linkage(parentType, RequestBodies.requireId(parentId, parentType))));
    }

    /** {@code PATCH collectionPath/{id}}; immutable attributes are refused before sending. */
    public ApiCall update(String id, ObjectNode attributes) {
        return RequestBodies.update(collectionPath + "/" + RequestBodies.requireId(id, type), type, id, attributes,
                updateAttributes, Map.of());
    }

    /** {@code DELETE collectionPath/{id}} (no body; 204). */
    public ApiCall delete(String id) {
        return ApiCall.delete(collectionPath + "/" + RequestBodies.requireId(id, type));
    }
}
