package dev.ascctl.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Desired state of what one app sells, from {@code apps/<label>/purchases.yaml}. A file left out manages nothing.
 *
 * <pre>{@code
 * inAppPurchases:
 *   - productId: com.example.notes.pro
 *     inAppPurchaseType: NON_CONSUMABLE
 *     referenceName: Notes Pro
 *     localizations:
 *       en-US: {name: Notes Pro, description: Every feature, forever.}
 * subscriptionGroups:
 *   - referenceName: Notes Plus
 *     localizations: {en-US: {name: Notes Plus}}
 *     subscriptions:
 *       - {productId: com.example.notes.plus.monthly, referenceName: Plus Monthly, subscriptionPeriod: ONE_MONTH}
 * }</pre>
 *
 * @param inAppPurchases     in the file's order; product ids are unique (checked when loading)
 * @param subscriptionGroups in the file's order; reference names are unique
 */
public record PurchasesSpec(List<InAppPurchaseSpec> inAppPurchases, List<SubscriptionGroupSpec> subscriptionGroups) {
    private static final PurchasesSpec NONE = new PurchasesSpec(List.of(), List.of());

    public PurchasesSpec {
        inAppPurchases = List.copyOf(inAppPurchases);
        subscriptionGroups = List.copyOf(subscriptionGroups);
    }

    /** Nothing declared (no purchases.yaml). */
    public static PurchasesSpec none() {
        return NONE;
    }

    public boolean isEmpty() {
        return inAppPurchases.isEmpty() && subscriptionGroups.isEmpty();
    }

    /** Every subscription of every group. */
    public List<SubscriptionSpec> subscriptions() {
        return subscriptionGroups.stream().flatMap(g -> g.subscriptions().stream()).toList();
    }

    /** The group a subscription belongs to. */
    public Optional<SubscriptionGroupSpec> groupOf(SubscriptionSpec subscription) {
        Objects.requireNonNull(subscription, "subscription");
        return subscriptionGroups.stream().filter(g -> g.subscriptions().contains(subscription)).findFirst();
    }
}
