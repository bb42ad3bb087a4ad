package dev.ascctl.store;

import dev.ascctl.vocabulary.Vocabulary;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One promotional offer of a subscription, keyed by its {@code offerCode}. Apple never changes the attributes of
 * an offer once created (asc-api-notes §5: the PATCH takes prices only); only the prices can change in place.
 *
 * <pre>{@code
 * promotionalOffers:
 *   - offerCode: SPRING            # the key, unique within the subscription
 *     name: Spring                 # reference name in App Store Connect
 *     offerMode: PAY_AS_YOU_GO     # PAY_AS_YOU_GO | PAY_UP_FRONT | FREE_TRIAL
 *     duration: ONE_MONTH          # Apple's SubscriptionOfferDuration
 *     numberOfPeriods: 3
 *     prices: {USA: "1.99", GBR: "1.79"}
 * }</pre>
 *
 * @param mark   where the offer code is written
 * @param prices territory → offer price; empty for a free trial, required otherwise
 */
public record PromotionalOfferSpec(String offerCode, Mark mark, String name, String offerMode, String duration,
                                   int numberOfPeriods, SortedMap<String, TerritoryPrice> prices) {
    /** Apple's SubscriptionOfferMode values. */
    public static final Set<String> MODES = Vocabulary.get().enumSet("SubscriptionOfferMode");
    /** Apple's SubscriptionOfferDuration values. */
    public static final Set<String> DURATIONS = Vocabulary.get().enumSet("SubscriptionOfferDuration");

    public PromotionalOfferSpec {
        if (offerCode == null || offerCode.isBlank()) {
            throw new IllegalArgumentException("offerCode must not be blank");
        }
        Objects.requireNonNull(mark, "mark");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(offerCode + ": name must not be blank");
        }
        if (!MODES.contains(offerMode)) {
            throw new IllegalArgumentException(offerCode + ": offerMode must be one of " + MODES);
        }
        if (!DURATIONS.contains(duration)) {
            throw new IllegalArgumentException(offerCode + ": duration must be one of " + DURATIONS);
        }
        if (numberOfPeriods < 1) {
            throw new IllegalArgumentException(offerCode + ": numberOfPeriods must be at least 1");
        }
        prices.forEach((territory, price) -> {
            if (!territory.equals(price.territory())) {
                throw new IllegalArgumentException(offerCode + ": price under " + territory + " is for " + price.territory());
            }
        });
        prices = Collections.unmodifiableSortedMap(new TreeMap<>(prices));
    }

    /** A free trial costs nothing, so it has no prices; the paid modes need at least one. */
    public boolean isFreeTrial() {
        return offerMode.equals("FREE_TRIAL");
    }
}
