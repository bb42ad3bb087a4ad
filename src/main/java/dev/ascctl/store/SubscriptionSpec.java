package dev.ascctl.store;

import dev.ascctl.vocabulary.Vocabulary;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One auto-renewable subscription of a group. Attribute names are Apple's: the YAML's {@code referenceName} is
 * Apple's {@code name}.
 *
 * <pre>{@code
 * - productId: com.example.notes.plus.monthly   # the key
 *   referenceName: Plus Monthly                  # attributes: {name, subscriptionPeriod, groupLevel, familySharable, reviewNote}
 *   subscriptionPeriod: ONE_MONTH
 *   groupLevel: 1
 *   localizations: {en-US: {name: Plus Monthly, description: All features, billed monthly.}}
 *   prices: {USA: "9.99", GBR: "8.99"}           # per territory, each one of Apple's price points
 *   preserveCurrentPrice: true                    # default: a price change spares existing subscribers
 *   introductoryOffers:                           # one per territory; null/absent: left alone
 *     - {territory: USA, offerMode: FREE_TRIAL, duration: ONE_WEEK, numberOfPeriods: 1}
 *   promotionalOffers:                            # keyed by offerCode, see PromotionalOfferSpec
 *     - {offerCode: SPRING, name: Spring, offerMode: PAY_AS_YOU_GO, duration: ONE_MONTH, numberOfPeriods: 3, prices: {USA: "1.99"}}
 *   availability: {territories: [USA, GBR], availableInNewTerritories: true}   # optional
 * }</pre>
 *
 * @param mark                 where the product id is written
 * @param prices               territory → customer price; territories not listed are left as they are
 * @param preserveCurrentPrice whether existing subscribers keep their price when a price changes (Apple's
 *                             {@code preserveCurrentPrice} of a subscription price)
 * @param introductoryOffers   territory → offer, or {@code null} when the YAML has no {@code introductoryOffers}
 *                             key (the subscription's offers are left alone)
 * @param promotionalOffers    the subscription's promotional offers, offer codes unique; {@code null} when the
 *                             YAML has no {@code promotionalOffers} key, so its live offers are neither read
 *                             nor pruned ({@code []} manages them as none)
 * @param availability         where it is sold, or {@code null} when the YAML leaves availability alone
 */
public record SubscriptionSpec(String productId, Mark mark, Attributes attributes,
                               SortedMap<String, Attributes> localizations,
                               SortedMap<String, TerritoryPrice> prices, boolean preserveCurrentPrice,
                               SortedMap<String, IntroductoryOfferSpec> introductoryOffers,
                               List<PromotionalOfferSpec> promotionalOffers,
                               InAppPurchaseAvailabilitySpec availability) {
    /** Apple's SubscriptionPeriod values. */
    public static final Set<String> PERIODS = Vocabulary.get().enumSet("Subscription.subscriptionPeriod");

    public SubscriptionSpec {
        ProductIds.requireValid(productId);
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(attributes, "attributes");
        attributes.text("subscriptionPeriod").ifPresent(p -> {
            if (!PERIODS.contains(p)) {
                throw new IllegalArgumentException(productId + ": subscriptionPeriod must be one of " + PERIODS);
            }
        });
        localizations = Collections.unmodifiableSortedMap(new TreeMap<>(localizations));
        prices.forEach((territory, price) -> {
            if (!territory.equals(price.territory())) {
                throw new IllegalArgumentException(productId + ": price under " + territory + " is for " + price.territory());
            }
        });
        prices = Collections.unmodifiableSortedMap(new TreeMap<>(prices));
        if (introductoryOffers != null) {
            introductoryOffers.forEach((territory, offer) -> {
                if (!territory.equals(offer.territory())) {
                    throw new IllegalArgumentException(productId + ": offer under " + territory + " is for " + offer.territory());
                }
            });
            introductoryOffers = Collections.unmodifiableSortedMap(new TreeMap<>(introductoryOffers));
        }
        promotionalOffers = promotionalOffers == null ? null : List.copyOf(promotionalOffers);
        if (promotionalOffers != null && promotionalOffers.stream().map(PromotionalOfferSpec::offerCode).distinct().count() != promotionalOffers.size()) {
            throw new IllegalArgumentException(productId + ": offer codes must be unique");
        }
    }

    /** Without availability: the store leaves it alone. */
    public SubscriptionSpec(String productId, Mark mark, Attributes attributes, SortedMap<String, Attributes> localizations,
                            SortedMap<String, TerritoryPrice> prices, boolean preserveCurrentPrice,
                            SortedMap<String, IntroductoryOfferSpec> introductoryOffers,
                            List<PromotionalOfferSpec> promotionalOffers) {
        this(productId, mark, attributes, localizations, prices, preserveCurrentPrice, introductoryOffers,
                promotionalOffers, null);
    }

    /** Without offers: the store leaves them alone. */
    public SubscriptionSpec(String productId, Mark mark, Attributes attributes, SortedMap<String, Attributes> localizations,
                            SortedMap<String, TerritoryPrice> prices, boolean preserveCurrentPrice) {
        this(productId, mark, attributes, localizations, prices, preserveCurrentPrice, null, null);
    }

    /** Whether the YAML manages this subscription's promotional offers (has the key, even as an empty list). */
    public boolean managesPromotionalOffers() {
        return promotionalOffers != null;
    }

    /** The declared offers; empty when not managed. */
    public List<PromotionalOfferSpec> offers() {
        return promotionalOffers == null ? List.of() : promotionalOffers;
    }
}
