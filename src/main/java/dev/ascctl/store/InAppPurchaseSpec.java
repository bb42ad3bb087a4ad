package dev.ascctl.store;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One in-app purchase of purchases.yaml. Attribute names are Apple's: the YAML's {@code referenceName} is
 * Apple's {@code name}.
 *
 * <pre>{@code
 * - productId: com.example.notes.pro        # the key; Apple never changes it
 *   inAppPurchaseType: NON_CONSUMABLE       # attributes: {inAppPurchaseType, name, familySharable, reviewNote}
 *   referenceName: Notes Pro
 *   familySharable: true
 *   localizations:                          # localizations: en-US -> {name, description}
 *     en-US: {name: Notes Pro, description: Every feature, forever.}
 * }</pre>
 *
 * @param mark where the product id is written
 */
public record InAppPurchaseSpec(String productId, Mark mark, Attributes attributes,
                                SortedMap<String, Attributes> localizations) {
    /** Apple's InAppPurchaseType values. */
    public static final Set<String> TYPES = Set.of("CONSUMABLE", "NON_CONSUMABLE", "NON_RENEWING_SUBSCRIPTION");

    public InAppPurchaseSpec {
        ProductIds.requireValid(productId);
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(attributes, "attributes");
        String type = attributes.text("inAppPurchaseType").orElse(null);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException(productId + ": inAppPurchaseType must be one of " + TYPES + ", got " + type);
        }
        localizations = Collections.unmodifiableSortedMap(new TreeMap<>(localizations));
    }

    public String inAppPurchaseType() {
        return attributes.text("inAppPurchaseType").orElseThrow();
    }
}
