package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.Reads;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reads the purchase kinds share, made only for apps with a purchases.yaml: one for all in-app purchases with
 * their localizations, one for all subscription groups with theirs, then one per group for its subscriptions with
 * theirs. That is 2 + G requests per app (G groups), the floor Apple's spec allows: no path lists an app's
 * subscriptions, and {@code include} does not reach two levels down.
 */
final class PurchaseReads {
    private PurchaseReads() {
    }

    static ApiQuery inAppPurchases(LiveApp app) {
        return ApiQuery.of("/v1/apps/" + app.app().id() + "/inAppPurchasesV2")
                // the availability's id and flag come free here (its territories need a read of their own), and so
                // does the review screenshot (a to-one): no read of its own.
                .include("inAppPurchaseLocalizations", InAppPurchaseAvailabilityHandler.RELATIONSHIP,
                        "appStoreReviewScreenshot")
                .limit(200)
                .limit("inAppPurchaseLocalizations", 50);
    }

    static ApiQuery groups(LiveApp app) {
        return ApiQuery.of("/v1/apps/" + app.app().id() + "/subscriptionGroups")
                .include("subscriptionGroupLocalizations")
                .limit(200)
                .limit("subscriptionGroupLocalizations", 50);
    }

    static ApiQuery subscriptions(String groupId) {
        return ApiQuery.of("/v1/subscriptionGroups/" + groupId + "/subscriptions")
                .include("subscriptionLocalizations")
                .limit(200)
                .limit("subscriptionLocalizations", 50);
    }

    /** Every read the purchase kinds share: the in-app purchases, the groups, then every group's subscriptions. */
    static void readAll(LiveApp app, Reads reads) {
        reads.getAll(List.of(inAppPurchases(app), groups(app)));
        readSubscriptions(app, reads);
    }

    /** Reads the groups, then every group's subscriptions in parallel (for a kind that reads in straight code). */
    static void readSubscriptions(LiveApp app, Reads reads) {
        reads.getAll(reads.get(groups(app)).data().stream().map(group -> subscriptions(group.id())).toList());
    }

    /** {@link #readSubscriptions}, then one query per live subscription (its prices, its offers...), in parallel. */
    static List<Document> readEachSubscription(LiveApp app, Reads reads, Function<String, ApiQuery> perSubscription) {
        readSubscriptions(app, reads);
        return reads.getAll(liveGroups(app).stream().flatMap(g -> liveSubscriptions(app, g).stream())
                .map(s -> perSubscription.apply(s.id())).toList());
    }

    static List<Resource> liveInAppPurchases(LiveApp app) {
        return app.read(inAppPurchases(app)).map(Document::data).orElse(List.of());
    }

    static List<Resource> liveGroups(LiveApp app) {
        return app.read(groups(app)).map(Document::data).orElse(List.of());
    }

    /** The live subscriptions of a live group, each with the read it came from. */
    static List<Resource> liveSubscriptions(LiveApp app, Resource group) {
        return app.read(subscriptions(group.id())).map(Document::data).orElse(List.of());
    }

    /** The live in-app purchase with this product id. */
    static Optional<Resource> liveInAppPurchase(LiveApp app, String productId) {
        return liveInAppPurchases(app).stream()
                .filter(r -> r.text("productId").orElse("").equals(productId))
                .findFirst();
    }

    /** The live subscription with this product id, in whichever group it is. */
    static Optional<Resource> liveSubscription(LiveApp app, String productId) {
        return liveGroups(app).stream()
                .flatMap(g -> liveSubscriptions(app, g).stream())
                .filter(s -> s.text("productId").orElse("").equals(productId))
                .findFirst();
    }

    /** Localizations of a parent, resolved through the included resources of the read that returned the parent. */
    static List<Resource> localizations(LiveApp app, ApiQuery read, Resource parent, String relationship) {
        return LiveApp.included(app.read(read), parent, relationship);
    }

    /** A subscription whose YAML declares what a kind manages, with its group's name and its live resource. */
    record DeclaredSubscription(String group, dev.ascctl.store.SubscriptionSpec spec, Resource live) {
        /** Its key, in the app {@code app}'s store. */
        PurchaseKeys.Subscription key(AppSpec app) {
            return new PurchaseKeys.Subscription(new PurchaseKeys.Group(app.bundleId(), group), spec.productId());
        }
    }

    /** The subscriptions of the YAML for which {@code declares} holds and that exist live, in YAML order. */
    static List<DeclaredSubscription> declaredSubscriptions(LiveApp app, AppSpec spec,
                                                            java.util.function.Predicate<dev.ascctl.store.SubscriptionSpec> declares) {
        List<DeclaredSubscription> out = new ArrayList<>();
        for (dev.ascctl.store.SubscriptionGroupSpec g : spec.purchases().subscriptionGroups()) {
            for (dev.ascctl.store.SubscriptionSpec s : g.subscriptions()) {
                if (declares.test(s)) {
                    liveSubscription(app, s.productId()).ifPresent(live ->
                            out.add(new DeclaredSubscription(g.referenceName(), s, live)));
                }
            }
        }
        return out;
    }

    /** What a to-one relationship of an in-app purchase links to, from the {@code included} of the products' read. */
    static Optional<Resource> included(LiveApp app, Resource product, String relationship) {
        Document doc = app.read(inAppPurchases(app)).orElse(Document.empty());
        return linked(product, relationship).flatMap(doc::find);
    }

    /** The first resource a relationship of {@code resource} links to, when it was read with the linkage. */
    static Optional<Linkage> linked(Resource resource, String relationship) {
        return resource.relationship(relationship).flatMap(r -> r.data()).flatMap(list -> list.stream().findFirst());
    }
}
