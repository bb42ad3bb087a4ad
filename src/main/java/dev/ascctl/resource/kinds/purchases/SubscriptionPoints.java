package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.purchases.PromotionalOffers;
import dev.ascctl.asc.endpoint.purchases.SubscriptionIntroductoryOffers;
import dev.ascctl.asc.endpoint.purchases.SubscriptionPrices;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.store.SubscriptionSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A subscription's price points, read once for the three kinds that need them (its prices, its introductory
 * offers and its promotional offers): one {@code /pricePoints} read per subscription whose
 * {@code filter[territory]} lists every territory where any of them sets a price (the spec's filter takes a list).
 * Which territories those are depends on what each kind read first (the current prices, the live offers and their
 * prices), so {@link #reads} asks for those first and for the points only once all are in: every kind then asks
 * the same query, and it is sent once.
 *
 * <pre>{@code
 * SubscriptionPoints.reads(app, spec, subId)   // [/v1/subscriptions/{id}/prices?..., ...] until those are read, then
 *                                              // [/v1/subscriptions/{id}/pricePoints?filter[territory]=GBR,USA&limit=8000]
 * SubscriptionPoints.in(app, subId, "USA")     // the USA points of that read
 * }</pre>
 */
final class SubscriptionPoints {
    private SubscriptionPoints() {
    }

    /**
     * What to read next for the subscription's points: the reads that decide which territories need one, while any
     * is missing; then the one points read (none when no price changes).
     */
    static List<ApiQuery> reads(LiveApp app, SubscriptionSpec spec, String subscriptionId) {
        List<ApiQuery> missing = new ArrayList<>();
        Set<String> territories = new TreeSet<>();
        if (!spec.prices().isEmpty()) {
            ApiQuery prices = SubscriptionPrices.prices(subscriptionId);
            if (app.hasRead(prices)) {
                territories.addAll(SubscriptionPriceHandler.territoriesToSet(app, spec, subscriptionId));
            } else {
                missing.add(prices);
            }
        }
        if (spec.introductoryOffers() != null) {
            ApiQuery offers = SubscriptionIntroductoryOffers.list(subscriptionId);
            if (app.hasRead(offers)) {
                territories.addAll(IntroductoryOfferHandler.territoriesToSet(app, spec, subscriptionId));
            } else {
                missing.add(offers);
            }
        }
        if (spec.managesPromotionalOffers()) {
            ApiQuery offers = PromotionalOffers.list(subscriptionId);
            if (!app.hasRead(offers)) {
                missing.add(offers);
            } else {
                List<ApiQuery> prices = PromotionalOfferHandler.priceReads(app, spec, subscriptionId).stream()
                        .filter(q -> !app.hasRead(q)).toList();
                if (prices.isEmpty()) {
                    territories.addAll(PromotionalOfferHandler.territoriesToSet(app, spec, subscriptionId));
                } else {
                    missing.addAll(prices);
                }
            }
        }
        if (!missing.isEmpty()) {
            return missing;
        }
        return territories.isEmpty() ? List.of() : List.of(SubscriptionPrices.pricePoints(subscriptionId, territories));
    }

    /** The subscription's points in one territory, from its points read; empty when none was read there. */
    static List<Resource> in(LiveApp app, String subscriptionId, String territory) {
        return PricePoints.inTerritory(app.readsAt(SubscriptionPrices.pricePointsPath(subscriptionId)), territory);
    }
}
