package dev.ascctl.store;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One subscription group of purchases.yaml, matched by its reference name.
 *
 * <pre>{@code
 * - referenceName: Notes Plus                                  # the key
 *   localizations: {en-US: {name: Notes Plus, customAppName: Notes}}
 *   subscriptions: [...]                                       # SubscriptionSpec
 * }</pre>
 *
 * @param mark where the reference name is written
 */
public record SubscriptionGroupSpec(String referenceName, Mark mark, SortedMap<String, Attributes> localizations,
                                    List<SubscriptionSpec> subscriptions) {
    public SubscriptionGroupSpec {
        if (referenceName == null || referenceName.isBlank()) {
            throw new IllegalArgumentException("a subscription group needs a referenceName");
        }
        if (referenceName.contains("[") || referenceName.contains("]")) {
            // Addresses escape brackets now, but import's store paths (subscriptionGroups[referenceName=NAME]) do not.
            throw new IllegalArgumentException("a group's referenceName cannot contain [ or ]: " + referenceName);
        }
        Objects.requireNonNull(mark, "mark");
        localizations = Collections.unmodifiableSortedMap(new TreeMap<>(localizations));
        subscriptions = List.copyOf(subscriptions);
    }
}
