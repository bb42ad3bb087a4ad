package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.Resource;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.StorePaths;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.InAppPurchaseSpec;
import dev.ascctl.store.SubscriptionGroupSpec;
import dev.ascctl.store.SubscriptionSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/** Addresses, store paths and state rules the purchase kinds share. */
final class Purchases {
    /**
     * Product states in which Apple refuses edits: the product is with App Review. [docs] App Store Connect Help,
     * "In-app purchase statuses": metadata is locked from Waiting for Review until a decision.
     */
    static final Set<String> IN_REVIEW = Set.of("WAITING_FOR_REVIEW", "IN_REVIEW");
    /**
     * Product states from which Apple deletes a product. [docs] App Store Connect Help, "Delete an in-app
     * purchase": a product that was ever approved cannot be deleted, only removed from sale.
     */
    static final Set<String> DELETABLE = Set.of("MISSING_METADATA", "READY_TO_SUBMIT", "DEVELOPER_ACTION_NEEDED",
            "REJECTED", "WAITING_FOR_UPLOAD");

    /**
     * A product's or group's reference name is at most 64 characters, a product's review note at most 4,000: App
     * Store Connect Help, "In-app purchase information" and "Auto-renewable subscription information" (the spec
     * declares no maxLength).
     */
    static final int REFERENCE_NAME_LIMIT = 64;
    /** A product's reference name (Apple's {@code name}, the YAML's {@code referenceName}). */
    static final AttributeSpec REFERENCE_NAME = AttributeSpec.of("name").limit(REFERENCE_NAME_LIMIT);
    static final AttributeSpec REVIEW_NOTE = AttributeSpec.of("reviewNote").limit(4000);

    private Purchases() {
    }

    /** The store key of a product's attribute: Apple's {@code name} is the YAML's {@code referenceName}. */
    static String productStoreKey(String attribute) {
        return attribute.equals(REFERENCE_NAME.name()) ? "referenceName" : attribute;
    }

    static String storePath(AppSpec app, String collection, String key) {
        return "apps." + StorePaths.segment(app.label()) + ".purchases." + collection + "." + StorePaths.segment(key);
    }

    /** A subscription purchases.yaml declares, with its key (group and product id) and store path. */
    record StoreSubscription(PurchaseKeys.Subscription key, SubscriptionSpec spec, String storePath) {
    }

    /** Every subscription of every group purchases.yaml declares, in file order. */
    static List<StoreSubscription> subscriptions(AppSpec app) {
        List<StoreSubscription> out = new ArrayList<>();
        for (SubscriptionGroupSpec g : app.purchases().subscriptionGroups()) {
            for (SubscriptionSpec s : g.subscriptions()) {
                out.add(new StoreSubscription(new PurchaseKeys.Subscription(
                        new PurchaseKeys.Group(app.bundleId(), g.referenceName()), s.productId()), s,
                        storePath(app, "subscriptions", s.productId())));
            }
        }
        return out;
    }

    /** Where {@code import} writes the purchases of the app folder {@code label}: its purchases.yaml. */
    static String exportPath(String label) {
        return "apps." + label + ".purchases";
    }

    /** Where {@code import} writes an in-app purchase: its item of {@code inAppPurchases} in purchases.yaml. */
    static String exportPath(String label, String productId) {
        return exportPath(label) + ".inAppPurchases[productId=" + productId + "]";
    }

    /**
     * The set attributes of a live product under the YAML's names, in the given order: Apple's {@code name} is
     * the YAML's {@code referenceName} (see SpecAssembler). Unset ones are left out: a missing key is not managed.
     */
    static Map<String, JsonNode> exportedProduct(Resource resource, List<String> appleNames) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        Handlers.pickSet(resource, appleNames).forEach((name, value) -> out.put(productStoreKey(name), value));
        return out;
    }

    static Optional<String> reviewBlock(Resource product) {
        String state = product.text("state").orElse(null);
        return state != null && IN_REVIEW.contains(state)
                ? Optional.of(product.text("productId").orElse("the product") + " is in review (" + state
                        + "); Apple accepts no edits until review ends")
                : Optional.empty();
    }

    /** An in-app purchase purchases.yaml declares, and the live product of its id. */
    record LiveInAppPurchase(InAppPurchaseSpec spec, Resource live) {
    }

    /** The in-app purchases purchases.yaml declares that {@code declares} holds for and that Apple has, in file order. */
    static List<LiveInAppPurchase> liveInAppPurchases(LiveApp app, AppSpec spec,
                                                      Predicate<InAppPurchaseSpec> declares) {
        List<LiveInAppPurchase> out = new ArrayList<>();
        for (InAppPurchaseSpec iap : spec.purchases().inAppPurchases()) {
            if (declares.test(iap)) {
                PurchaseReads.liveInAppPurchase(app, iap.productId())
                        .ifPresent(product -> out.add(new LiveInAppPurchase(iap, product)));
            }
        }
        return out;
    }

    /**
     * Why Apple would refuse deleting this live product, if so. The product's {@code state} is among its live
     * attributes (see {@link #withState}), so a state change since the plan also makes a saved plan stale.
     */
    static Optional<String> deleteBlock(dev.ascctl.resource.LiveObject<?> product) {
        JsonNode node = product.attributes().get("state");
        String state = node == null || node.isNull() ? null : node.asString();
        return state != null && DELETABLE.contains(state) ? Optional.empty()
                : Optional.of("Apple no longer lets you delete a product in the state " + state
                        + "; remove it from sale in App Store Connect instead");
    }

    /** The managed attribute names plus Apple's read-only {@code state}. */
    static List<String> withState(List<String> names) {
        List<String> out = new ArrayList<>(names);
        out.add("state");
        return out;
    }

}
