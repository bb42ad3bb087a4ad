package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.Address;
import dev.ascctl.resource.KindKey;

/** The natural keys of purchases.yaml's objects. */
public final class PurchaseKeys {
    private PurchaseKeys() {
    }

    /** A product (an in-app purchase, a subscription): its product id is its key among the app's products. */
    public interface ProductKey extends KindKey {
        String productId();
    }

    /** An in-app purchase, by product id: {@code app[x].iap[com.example.pro]}. */
    public record Iap(String bundleId, String productId) implements ProductKey {
        @Override
        public Address address() {
            return Address.app(bundleId).child("iap", productId);
        }
    }

    /** A subscription group, by reference name: {@code app[x].subscriptionGroup[Notes Plus]}. */
    public record Group(String bundleId, String referenceName) implements KindKey {
        @Override
        public Address address() {
            return Address.app(bundleId).child("subscriptionGroup", referenceName);
        }
    }

    /** A subscription inside its group, so its create can name the group even before the group exists. */
    public record Subscription(Group group, String productId) implements ProductKey {
        @Override
        public Address address() {
            return group.address().child("subscription", productId);
        }
    }

    /**
     * Something a product has once per territory: {@code ...iap[P].price[USA]}, {@code ...introductoryOffer[GBR]}.
     *
     * @param segment the kind's segment name, a constant of the kind
     */
    public record InTerritory<P extends KindKey>(P product, String segment, String territory) implements KindKey {
        @Override
        public Address address() {
            return product.address().child(segment, territory);
        }
    }

    /** A promotional offer, by offer code: {@code ...subscription[P].promotionalOffer[SPRING]}. */
    public record PromotionalOffer(Subscription subscription, String offerCode) implements KindKey {
        @Override
        public Address address() {
            return subscription.address().child("promotionalOffer", offerCode);
        }
    }
}
