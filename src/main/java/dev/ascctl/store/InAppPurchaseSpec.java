package dev.ascctl.store;

import dev.ascctl.vocabulary.Vocabulary;
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
 *   price: {territory: USA, price: "4.99"}  # price: base territory and customer price (optional)
 *   availability: {territories: [USA, GBR], availableInNewTerritories: true}   # optional
 *   reviewScreenshot: review/pro.png        # App Review screenshot, relative to the app folder (optional)
 *   localizations:                          # localizations: en-US -> {name, description}
 *     en-US: {name: Notes Pro, description: Every feature, forever.}
 * }</pre>
 *
 * @param mark  where the product id is written
 * @param price the declared price, or {@code null} when the store leaves the price alone
 * @param availability the declared territories, or {@code null} when the store leaves availability alone
 * @param reviewScreenshot the App Review screenshot (its path relative to the store), or {@code null} when the
 *              store leaves it alone
 */
public record InAppPurchaseSpec(String productId, Mark mark, Attributes attributes,
                                SortedMap<String, Attributes> localizations, InAppPurchasePriceSpec price,
                                InAppPurchaseAvailabilitySpec availability, MediaFile reviewScreenshot) {
    /** Apple's InAppPurchaseType values. */
    public static final Set<String> TYPES = Vocabulary.get().enumSet("InAppPurchaseType");

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

    /** Without a price: the store leaves it alone. */
    public InAppPurchaseSpec(String productId, Mark mark, Attributes attributes, SortedMap<String, Attributes> localizations) {
        this(productId, mark, attributes, localizations, null, null, null);
    }

    /** With a price (or none), no availability and no review screenshot. */
    public InAppPurchaseSpec(String productId, Mark mark, Attributes attributes, SortedMap<String, Attributes> localizations,
                             InAppPurchasePriceSpec price) {
        this(productId, mark, attributes, localizations, price, null, null);
    }

    public String inAppPurchaseType() {
        return attributes.text("inAppPurchaseType").orElseThrow();
    }
}
