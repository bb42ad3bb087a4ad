package dev.ascctl.asc.endpoint.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * The create, update and delete endpoints of one in-app purchase or subscription resource type, written down
 * from Apple's spec 4.4.1 ({@code XCreateRequest}, {@code XUpdateRequest}, and the operations on the paths).
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

    public static final ProductEndpoints IN_APP_PURCHASES = new ProductEndpoints("/v2/inAppPurchases",
            "inAppPurchases", Set.of("name", "productId", "inAppPurchaseType", "reviewNote", "familySharable"),
            Set.of("name", "productId", "inAppPurchaseType"), Set.of("name", "reviewNote", "familySharable"),
            "app", "apps");
    public static final ProductEndpoints IN_APP_PURCHASE_LOCALIZATIONS = new ProductEndpoints(
            "/v1/inAppPurchaseLocalizations", "inAppPurchaseLocalizations", Set.of("name", "locale", "description"),
            Set.of("name", "locale"), Set.of("name", "description"), "inAppPurchaseV2", "inAppPurchases");
    public static final ProductEndpoints SUBSCRIPTION_GROUPS = new ProductEndpoints("/v1/subscriptionGroups",
            "subscriptionGroups", Set.of("referenceName"), Set.of("referenceName"), Set.of("referenceName"),
            "app", "apps");
    public static final ProductEndpoints SUBSCRIPTION_GROUP_LOCALIZATIONS = new ProductEndpoints(
            "/v1/subscriptionGroupLocalizations", "subscriptionGroupLocalizations",
            Set.of("name", "customAppName", "locale"), Set.of("name", "locale"), Set.of("name", "customAppName"),
            "subscriptionGroup", "subscriptionGroups");
    public static final ProductEndpoints SUBSCRIPTIONS = new ProductEndpoints("/v1/subscriptions", "subscriptions",
            Set.of("name", "productId", "familySharable", "subscriptionPeriod", "reviewNote", "groupLevel"),
            Set.of("name", "productId"),
            Set.of("name", "familySharable", "subscriptionPeriod", "reviewNote", "groupLevel"),
            "group", "subscriptionGroups");
    public static final ProductEndpoints SUBSCRIPTION_LOCALIZATIONS = new ProductEndpoints(
            "/v1/subscriptionLocalizations", "subscriptionLocalizations", Set.of("name", "locale", "description"),
            Set.of("name", "locale"), Set.of("name", "description"), "subscription", "subscriptions");

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
