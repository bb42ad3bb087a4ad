package dev.ascctl.store;

/**
 * Desired state of what one app sells: purchases.yaml (issue: in-app purchases and subscriptions).
 * Nothing is declared yet: this release does not read that part of the store.
 */
public record PurchasesSpec() {
    private static final PurchasesSpec NONE = new PurchasesSpec();

    /** Nothing declared. */
    public static PurchasesSpec none() {
        return NONE;
    }
}
