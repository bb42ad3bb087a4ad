package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.purchases.PromotionalOffers;
import dev.ascctl.asc.endpoint.purchases.SubscriptionIntroductoryOffers;
import dev.ascctl.asc.endpoint.purchases.SubscriptionPrices;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.Reads;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.SubscriptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A subscription's price points, read once for the three kinds that need them (its prices, its introductory
 * offers and its promotional offers): one {@code /pricePoints} read per subscription whose
 * {@code filter[territory]} lists every territory where any of them sets a price (the spec's filter takes a list).
 * Which territories those are depends on what each kind reads first (the current prices, the live offers and their
 * prices), so {@link #read} reads those first, then the points. The three kinds each call it, in straight code: the
 * read context sends each query once, so they share every read.
 */
final class SubscriptionPoints {
    private SubscriptionPoints() {
    }

    /**
     * For every live subscription whose YAML declares what the calling kind manages ({@code declares}), each step
     * for all of them in parallel: its current prices, its introductory and promotional offers (as far as its YAML
     * has them), its paid promotional offers' prices, then its points in the territories whose price must change
     * (none when no price changes).
     */
    static void read(LiveApp app, AppSpec spec, Reads reads, Predicate<SubscriptionSpec> declares) {
        if (Purchases.subscriptions(spec).stream().noneMatch(s -> declares.test(s.spec()))) {
            return;
        }
        PurchaseReads.readSubscriptions(app, reads);
        List<PurchaseReads.DeclaredSubscription> priced = PurchaseReads.declaredSubscriptions(app, spec, declares);
        List<ApiQuery> lists = new ArrayList<>();
        priced.forEach(d -> lists.addAll(lists(d.spec(), d.live().id())));
        reads.getAll(lists);
        reads.getAll(priced.stream().filter(d -> d.spec().managesPromotionalOffers())
                .flatMap(d -> PromotionalOfferHandler.priceReads(app, d.spec(), d.live().id()).stream()).toList());
        List<ApiQuery> points = new ArrayList<>();
        for (PurchaseReads.DeclaredSubscription d : priced) {
            Set<String> territories = territoriesToSet(app, d.spec(), d.live().id());
            if (!territories.isEmpty()) {
                points.add(SubscriptionPrices.pricePoints(d.live().id(), territories));
            }
        }
        reads.getAll(points);
    }

    /** The reads that decide which territories need a point: each kind's live state, as far as the YAML has it. */
    private static List<ApiQuery> lists(SubscriptionSpec spec, String subscriptionId) {
        List<ApiQuery> out = new ArrayList<>();
        if (!spec.prices().isEmpty()) {
            out.add(SubscriptionPrices.prices(subscriptionId));
        }
        if (spec.introductoryOffers() != null) {
            out.add(SubscriptionIntroductoryOffers.list(subscriptionId));
        }
        if (spec.managesPromotionalOffers()) {
            out.add(PromotionalOffers.list(subscriptionId));
        }
        return out;
    }

    private static Set<String> territoriesToSet(LiveApp app, SubscriptionSpec spec, String subscriptionId) {
        Set<String> out = new TreeSet<>();
        if (!spec.prices().isEmpty()) {
            out.addAll(SubscriptionPriceHandler.territoriesToSet(app, spec, subscriptionId));
        }
        if (spec.introductoryOffers() != null) {
            out.addAll(IntroductoryOfferHandler.territoriesToSet(app, spec, subscriptionId));
        }
        if (spec.managesPromotionalOffers()) {
            out.addAll(PromotionalOfferHandler.territoriesToSet(app, spec, subscriptionId));
        }
        return out;
    }

    /** The subscription's points in one territory, from its points read; empty when none was read there. */
    static List<Resource> in(LiveApp app, String subscriptionId, String territory) {
        return PricePoints.inTerritory(app.readsAt(SubscriptionPrices.pricePointsPath(subscriptionId)), territory);
    }
}
