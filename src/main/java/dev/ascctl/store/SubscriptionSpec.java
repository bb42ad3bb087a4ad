package dev.ascctl.store;

import java.util.Collections;
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
 * }</pre>
 *
 * @param mark where the product id is written
 */
public record SubscriptionSpec(String productId, Mark mark, Attributes attributes,
                               SortedMap<String, Attributes> localizations) {
    /** Apple's SubscriptionPeriod values. */
    public static final Set<String> PERIODS = Set.of("ONE_WEEK", "ONE_MONTH", "TWO_MONTHS", "THREE_MONTHS",
            "SIX_MONTHS", "ONE_YEAR");

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
    }
}
