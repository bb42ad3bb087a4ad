package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.ResourceHandler;
import java.util.List;

/** The kinds of purchases.yaml, parents before their localizations and groups before subscriptions (by rank). */
public final class PurchaseKinds {
    private PurchaseKinds() {
    }

    public static List<ResourceHandler<?>> all() {
        return List.of(new InAppPurchaseHandler(), PurchaseLocalizationHandler.inAppPurchases(),
                new SubscriptionGroupHandler(), PurchaseLocalizationHandler.subscriptionGroups(),
                new SubscriptionHandler(), PurchaseLocalizationHandler.subscriptions(),
                new InAppPurchasePriceHandler(), new SubscriptionPriceHandler(),
                new InAppPurchaseAvailabilityHandler(), new IntroductoryOfferHandler(), new PromotionalOfferHandler(),
                new ReviewScreenshotHandler(), new SubscriptionAvailabilityHandler(), new SubscriptionOffSaleHandler());
    }
}
