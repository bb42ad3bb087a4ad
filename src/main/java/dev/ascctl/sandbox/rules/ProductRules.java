package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Apple's rules for a product (an in-app purchase or a subscription):
 * <ul>
 *   <li>a product id is used once per app, across in-app purchases and subscriptions; [docs] App Store Connect
 *       Help, "In-app purchase information": "it can't be reused for another in-app purchase within the same app,
 *       even if you delete the original" (the sandbox remembers deleted ids for its lifetime);</li>
 *   <li>the product id and type are immutable (the generic checks refuse them in a PATCH);</li>
 *   <li>no edits while Apple reviews the product, and deletion only before it was ever approved; [docs] App
 *       Store Connect Help, "Delete an in-app purchase": only products that were never approved can be deleted,
 *       the others are removed from sale.</li>
 * </ul>
 */
public final class ProductRules implements ResourceRules {
    /** States in which Apple refuses edits: the product is with App Review. */
    public static final Set<String> IN_REVIEW = Set.of("WAITING_FOR_REVIEW", "IN_REVIEW");
    /** States from which Apple deletes a product. */
    public static final Set<String> DELETABLE = Set.of("MISSING_METADATA", "READY_TO_SUBMIT",
            "DEVELOPER_ACTION_NEEDED", "REJECTED", "WAITING_FOR_UPLOAD");

    private final SandboxState state;
    private final String type;
    private final String appOf;
    /** Product ids ever used, by app id. */
    private final Map<String, java.util.Set<String>> retired = new HashMap<>();

    /**
     * @param type  {@code inAppPurchases} or {@code subscriptions}
     * @param appOf how a new product names its app: {@code app} (an IAP) or {@code group} (a subscription)
     */
    public ProductRules(SandboxState state, String type, String appOf) {
        this.state = state;
        this.type = type;
        this.appOf = appOf;
    }

    @Override
    public void beforeCreate(WriteRequest request) {
        String appId = appId(request.relationships().get(appOf).get(0), appOf);
        Object productId = request.attributes().get("productId");
        boolean used = usedIds(appId).contains(productId)
                || retired.getOrDefault(appId, Set.of()).contains(productId);
        if (used) {
            throw new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
                    "The provided entity includes an attribute with a value that has already been used",
                    "The product ID '" + productId + "' has already been used by this app.")
                    .atPointer("/data/attributes/productId"));
        }
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        return type.equals("inAppPurchases")
                ? Map.of("state", "MISSING_METADATA", "contentHosting", false)
                : Map.of("state", "MISSING_METADATA");
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        requireNotInReview(existing);
    }

    @Override
    public void beforeDelete(StoredResource existing) {
        Object productState = existing.attribute("state");
        if (productState == null || !DELETABLE.contains(productState)) {
            throw Errors.stateError(null, "A product in the state '" + productState
                    + "' can not be deleted; remove it from sale instead.");
        }
    }

    @Override
    public void afterDelete(StoredResource deleted) {
        String appId = appId(deleted.relatedId(appOf), appOf);
        retired.computeIfAbsent(appId, k -> new java.util.HashSet<>()).add((String) deleted.attribute("productId"));
    }

    /** Refuses edits of a product (or of its text) while Apple reviews it. */
    static void requireNotInReview(StoredResource product) {
        Object state = product.attribute("state"); // groups have none; Set.of().contains(null) would throw
        if (state != null && IN_REVIEW.contains(state)) {
            throw Errors.stateError(null, "The " + product.type() + " '" + product.attribute("productId")
                    + "' can not be edited while it is in review.");
        }
    }

    private java.util.Set<Object> usedIds(String appId) {
        java.util.Set<Object> ids = new java.util.HashSet<>();
        state.referencing("inAppPurchases", "app", appId).forEach(r -> ids.add(r.attribute("productId")));
        for (StoredResource group : state.referencing("subscriptionGroups", "app", appId)) {
            state.referencing("subscriptions", "group", group.id()).forEach(r -> ids.add(r.attribute("productId")));
        }
        return ids;
    }

    private String appId(String ownerId, String relationship) {
        return relationship.equals("app") ? ownerId : state.require("subscriptionGroups", ownerId).relatedId("app");
    }

    /**
     * The owner check of an in-app purchase's review screenshot: the product exists and is not in review (a
     * screenshot is part of what App Review sees, so it is locked like the product's text).
     */
    public static java.util.function.Consumer<String> reviewScreenshotOwner(SandboxState state) {
        return iapId -> requireNotInReview(state.require("inAppPurchases", iapId));
    }

    /** Localization rules of a product or group: one per locale, no edits while the parent is in review. */
    public static ResourceRules localizations(SandboxState state, String type, String parentType, String parentRelationship) {
        return new ResourceRules() {
            @Override
            public void beforeCreate(WriteRequest request) {
                String parentId = request.relationships().get(parentRelationship).get(0);
                requireNotInReview(state.require(parentType, parentId));
                Object locale = request.attributes().get("locale");
                if (state.referencing(type, parentRelationship, parentId).stream()
                        .anyMatch(l -> locale.equals(l.attribute("locale")))) {
                    throw new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
                            "The provided entity includes an attribute with a value that has already been used",
                            "The locale '" + locale + "' is already used by another localization of this "
                                    + parentRelationship + ".").atPointer("/data/attributes/locale"));
                }
            }

            @Override
            public Map<String, Object> serverAttributes(WriteRequest request) {
                return Map.of("state", "PREPARE_FOR_SUBMISSION");
            }

            @Override
            public void beforeUpdate(StoredResource existing, WriteRequest request) {
                requireNotInReview(state.require(parentType, existing.relatedId(parentRelationship)));
            }

            @Override
            public void beforeDelete(StoredResource existing) {
                requireNotInReview(state.require(parentType, existing.relatedId(parentRelationship)));
            }
        };
    }

    /** A group is deleted only when it holds no subscription ([docs] delete the subscriptions first). */
    public static ResourceRules groups(SandboxState state) {
        return new ResourceRules() {
            @Override
            public void beforeDelete(StoredResource existing) {
                List<StoredResource> members = state.referencing("subscriptions", "group", existing.id());
                if (!members.isEmpty()) {
                    throw Errors.stateError(null, "The subscription group '" + existing.attribute("referenceName")
                            + "' still has " + members.size() + " subscriptions and can not be deleted.");
                }
            }
        };
    }
}
