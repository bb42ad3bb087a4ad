package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.endpoint.purchases.InAppPurchasePrices;
import dev.ascctl.asc.endpoint.purchases.SubscriptionPrices;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.Writes;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.KnownAfterApply;
import dev.ascctl.store.Mark;
import dev.ascctl.store.PlanTimeProblemException;
import dev.ascctl.store.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Apple's prices and price points as the four price kinds read and write them: the price records of a read, the
 * point of a wanted price (or a problem naming the nearest), and the point read once a product made in the same
 * apply exists.
 */
public final class PricePoints {
    /** How many valid prices a "no such price point" problem lists. */
    private static final int NEAREST = 4;

    private PricePoints() {
    }

    /**
     * One price record as read with its point included: Apple's record id, territory, customer price, and start
     * date (null for "since the start").
     */
    record LivePrice(String id, String territory, BigDecimal amount, String startDate) {
    }

    /** The price records of a read whose points came included through {@code pointRelationship}. */
    static List<LivePrice> prices(Optional<Document> read, String pointRelationship) {
        Document doc = read.orElse(Document.empty());
        return doc.data().stream().flatMap(price -> PurchaseReads.linked(price, "territory").map(Linkage::id)
                .flatMap(territory -> customerPrice(doc, price, pointRelationship)
                        .map(amount -> new LivePrice(price.id(), territory, amount,
                                price.text("startDate").orElse(null))))
                .stream()).toList();
    }

    /** The customer price of the point {@code resource} links to, when the read included it. */
    static Optional<BigDecimal> customerPrice(Document doc, Resource resource, String pointRelationship) {
        return PurchaseReads.linked(resource, pointRelationship).flatMap(doc::find)
                .flatMap(p -> p.text("customerPrice")).map(BigDecimal::new);
    }

    /**
     * The id of the point of {@code wanted} among a territory's points.
     *
     * @throws PlanTimeProblemException at {@code mark}, listing the nearest prices, for a price that is no point
     */
    public static String pointOf(List<Resource> points, BigDecimal wanted, Mark mark, String product, String territory) {
        return points.stream().filter(p -> p.text("customerPrice").map(BigDecimal::new)
                        .filter(c -> c.compareTo(wanted) == 0).isPresent()).map(Resource::id).findFirst()
                .orElseThrow(() -> new PlanTimeProblemException(new Problem(mark,
                        noSuchPrice(product, territory, wanted, points, NEAREST))));
    }

    /**
     * The price points of one product's writes: found now among the points read for a live product, or, for a
     * product the same apply creates, each read once it exists (the plan shows {@code (known after apply)}).
     */
    static final class Found {
        private final String productId;
        private final String id;
        private final Function<String, List<Resource>> livePoints;
        private final Function<String, ApiQuery> laterRead;
        private final List<KnownAfterApply> lookups = new ArrayList<>();

        private Found(String productId, String id, Function<String, List<Resource>> livePoints,
                      Function<String, ApiQuery> laterRead) {
            this.productId = productId;
            this.id = id;
            this.livePoints = livePoints;
            this.laterRead = laterRead;
        }

        /** For the in-app purchase's price schedule. */
        static Found of(PurchaseKeys.Iap iap, LiveApp app) {
            Optional<Resource> live = PurchaseReads.liveInAppPurchase(app, iap.productId());
            String id = live.map(Resource::id).orElse(IdReference.token(iap.address()));
            return new Found(iap.productId(), id, live.isEmpty() ? null : territory -> inTerritory(
                    app.readsAt(InAppPurchasePrices.pricePointsPath(id)), territory),
                    territory -> InAppPurchasePrices.pricePoints(id, territory));
        }

        /** For the subscription's prices and offers (one points read per subscription: {@link SubscriptionPoints}). */
        static Found of(PurchaseKeys.Subscription subscription, LiveApp app) {
            Optional<Resource> live = PurchaseReads.liveSubscription(app, subscription.productId());
            String id = live.map(Resource::id).orElse(IdReference.token(subscription.address()));
            return new Found(subscription.productId(), id, live.isEmpty() ? null
                    : territory -> SubscriptionPoints.in(app, id, territory),
                    territory -> SubscriptionPrices.pricePoints(id, territory));
        }

        /** The product's id in the calls: Apple's, or the placeholder of the one the same apply creates. */
        String id() {
            return id;
        }

        /** Whether the product is made by the same apply (so its writes wait for it and read their points then). */
        boolean isNew() {
            return livePoints == null;
        }

        /**
         * The point of {@code price} in {@code territory}, or its placeholder.
         *
         * @param what  the product as a "no such price point" problem names it
         * @throws PlanTimeProblemException at {@code mark} for a live product's price that is no point
         */
        String point(String territory, BigDecimal price, Mark mark, String what) {
            if (!isNew()) {
                return pointOf(livePoints.apply(territory), price, mark, what, territory);
            }
            KnownAfterApply point = afterApply(productId, territory, price, laterRead.apply(territory));
            lookups.add(point);
            return point.token();
        }

        /** The calls with the points to read once the product exists, after {@code runsAfter} if it is new. */
        Writes writes(List<ApiCall> calls, List<Address> runsAfter) {
            return new Writes(calls, lookups, isNew() ? runsAfter : List.of());
        }
    }

    /** The point of {@code price} in {@code territory}, read with {@code points} once the product exists. */
    static KnownAfterApply afterApply(String productId, String territory, BigDecimal price, ApiQuery points) {
        return KnownAfterApply.idOf("pricePoint[" + territory + "]", "the " + territory + " price point of "
                + price.toPlainString() + " for " + productId, points, "customerPrice", price.toPlainString(),
                KnownAfterApply.Match.DECIMAL);
    }

    /**
     * The points of one territory among those read (one product's reads, each for a list of territories): each
     * point names its territory in {@code relationships.territory.data}; a point listed twice counts once.
     */
    public static List<Resource> inTerritory(List<Document> reads, String territory) {
        Map<String, Resource> out = new LinkedHashMap<>();
        for (Document read : reads) {
            for (Resource point : read.data()) {
                if (PurchaseReads.linked(point, "territory").map(Linkage::id).filter(territory::equals).isPresent()) {
                    out.putIfAbsent(point.id(), point);
                }
            }
        }
        return List.copyOf(out.values());
    }

    /**
     * "price 4.98 is not one of Apple's USA price points for com.example.pro; nearest: 4.99, 4.89, 5.49, 4.79".
     * The nearest prices are the closest by absolute difference, closest first.
     */
    static String noSuchPrice(String productId, String territory, BigDecimal wanted, List<Resource> points, int count) {
        if (points.isEmpty()) {
            return "price " + wanted.toPlainString() + ": Apple has no " + territory + " price points for " + productId
                    + " (is the territory one Apple sells in?)";
        }
        String nearest = points.stream()
                .map(p -> p.text("customerPrice").orElse(null))
                .filter(p -> p != null)
                .distinct()
                .sorted(Comparator.comparing((String p) -> new BigDecimal(p).subtract(wanted).abs())
                        .thenComparing((String p) -> new BigDecimal(p)))
                .limit(count)
                .collect(Collectors.joining(", "));
        return "price " + wanted.toPlainString() + " is not one of Apple's " + territory + " price points for "
                + productId + "; nearest: " + nearest;
    }
}
