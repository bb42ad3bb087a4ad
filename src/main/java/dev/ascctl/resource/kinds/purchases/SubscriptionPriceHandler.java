package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.endpoint.purchases.SubscriptionPrices;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.SetsWhole;
import dev.ascctl.resource.TerritoryPrices;
import dev.ascctl.resource.Values;
import dev.ascctl.resource.Writes;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.SubscriptionSpec;
import dev.ascctl.store.TerritoryPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * A subscription's price in one territory, addressed
 * {@code app[b].subscriptionGroup[G].subscription[com.example.plus.monthly].price[USA]}. Setting it POSTs a
 * subscription price naming Apple's price point for that price (there is no PATCH; a new record is the change).
 *
 * <p>Decisions:
 * <ul>
 *   <li><b>A change is never silent about existing subscribers.</b> Besides {@code customerPrice}, each object
 *   has the attribute {@code existingSubscribers}, which says what the subscription's {@code preserveCurrentPrice}
 *   does to them. It differs from live only when the price changes, so every price change shows in the plan as
 *   two lines, e.g. {@code customerPrice: "9.99" → "10.99"} and {@code existingSubscribers: "pay 9.99" → "keep
 *   the price they pay now (preserveCurrentPrice: true)"}, and never appears on its own.</li>
 *   <li>Reads, only for subscriptions whose YAML has prices: one {@code /prices} read per subscription (every
 *   territory, with its price point included); then, only for territories whose price must change, the
 *   subscription's price points there: one read per subscription, shared with its offers
 *   ({@link SubscriptionPoints}).</li>
 *   <li>The current price of a territory is its record with the latest {@code startDate} not after today (UTC);
 *   no date means "since the start". Scheduled future prices are not the current price.</li>
 *   <li>A price that is no point is a problem at its file:line:column listing the nearest prices; nothing is
 *   sent. A subscription the same apply creates has no points at plan time: its prices are set in the same apply,
 *   each point shown as {@code (known after apply)} and read once the subscription exists; a price that is then
 *   no point fails only that price, naming the nearest prices.</li>
 *   <li>A territory removed from the YAML keeps its price: deleting a current price is not how Apple stops
 *   selling somewhere (that is availability), so the kind has no delete.</li>
 * </ul>
 * <pre>
 * subscriptions:
 *   - productId: com.example.notes.plus.monthly
 *     prices: {USA: "9.99", GBR: "8.99"}
 *     preserveCurrentPrice: true
 * </pre>
 */
public final class SubscriptionPriceHandler extends SubscriptionPartKind<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>
        implements SetsWhole<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> {
    private static final KindSpec SPEC = new KindSpec("subscriptionPrice", 17, null);
    static final String PRICE = "customerPrice";
    static final String EXISTING = "existingSubscribers";

    public SubscriptionPriceHandler() {
        super(SPEC, List.of(AttributeSpec.of(PRICE).asDecimal(), AttributeSpec.of(EXISTING)),
                s -> !s.prices().isEmpty(), SubscriptionPrices::prices);
    }

    @Override
    public List<DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>> desired(AppSpec app) {
        List<DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>> out = new ArrayList<>();
        for (Purchases.StoreSubscription s : Purchases.subscriptions(app)) {
            for (TerritoryPrice price : s.spec().prices().values()) {
                out.add(desiredObject(key(s.key(), price.territory()), s.storePath() + ".prices." + price.territory(),
                        attributes(price.price(), consequence(s.spec().preserveCurrentPrice())), price.mark()));
            }
        }
        return out;
    }

    /** What a price change does to existing subscribers, as the plan shows it. */
    static String consequence(boolean preserveCurrentPrice) {
        return preserveCurrentPrice ? "keep the price they pay now (preserveCurrentPrice: true)"
                : "move to the new price (preserveCurrentPrice: false)";
    }

    /** The territories whose price must change (so need a point), once the subscription's prices are read. */
    static Set<String> territoriesToSet(LiveApp app, SubscriptionSpec spec, String subscriptionId) {
        return TerritoryPrices.of(spec.prices().values()).changedFrom(currentPrices(app, subscriptionId));
    }

    /**
     * The current price of every territory of every live subscription, as its item's {@code prices} map
     * ({@code subscriptionGroups[referenceName=G].subscriptions[productId=P].prices}, territory → price).
     * {@code preserveCurrentPrice} is not exported: it matters only at a change, and its default is the safe one.
     */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (PurchaseParent.Live s : SUBSCRIPTIONS.liveParents(app)) {
            TerritoryPrices current = currentPrices(app, s.resource().id());
            if (!current.isEmpty()) {
                Map<String, JsonNode> prices = new LinkedHashMap<>();
                current.prices().forEach((territory, price) -> prices.put(territory, StringNode.valueOf(price)));
                out.add(new ExportedObject(SUBSCRIPTIONS.exportPath(s, app, label) + ".prices", prices));
            }
        }
        return out;
    }

    @Override
    public List<LiveObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>> out = new ArrayList<>();
        for (PurchaseReads.DeclaredSubscription priced : declared(app, spec)) {
            TerritoryPrices current = currentPrices(app, priced.live().id());
            for (TerritoryPrice price : priced.spec().prices().values()) {
                current.amount(price.territory()).ifPresent(now -> {
                    // Existing subscribers are a question only when the price changes; otherwise live says what
                    // the YAML says, so preserveCurrentPrice alone never makes a plan item.
                    String existing = now.compareTo(price.amount()) == 0
                            ? consequence(priced.spec().preserveCurrentPrice()) : "pay " + now.toPlainString();
                    out.add(liveObject(key(priced.key(spec), price.territory()), priced.live().id(),
                            attributes(now.toPlainString(), existing), Purchases.reviewBlock(priced.live()).orElse(null)));
                });
            }
        }
        return out;
    }

    private static Map<String, JsonNode> attributes(String price, String existingSubscribers) {
        return Values.attributes(PRICE, price, EXISTING, existingSubscribers);
    }

    /** For a subscription this apply creates: its new id, and the price point read once it exists. */
    @Override
    public Writes set(DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> desired, LiveApp app) {
        PricePoints.Found found = PricePoints.Found.of(desired.key().product(), app);
        String territory = desired.key().territory();
        String point = found.point(territory, wanted(desired), desired.origin(), desired.key().product().productId());
        return found.writes(List.of(SubscriptionPrices.setPrice(found.id(), territory, point, preserve(desired))),
                List.of());
    }

    /** Where the subscription's price in {@code territory} is, for offers that run after it. */
    static dev.ascctl.resource.Address priceAddress(PurchaseKeys.Subscription subscription, String territory) {
        return key(subscription, territory).address();
    }

    private static BigDecimal wanted(DesiredObject<?> desired) {
        return new BigDecimal(desired.attributes().get(PRICE).asString());
    }

    private static boolean preserve(DesiredObject<?> desired) {
        return desired.attributes().get(EXISTING).asString().equals(consequence(true));
    }

    /**
     * Territory → current customer price: per territory, the record with the latest start date not after today
     * (no start date = since the start).
     */
    static TerritoryPrices currentPrices(LiveApp app, String subscriptionId) {
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, PricePoints.LivePrice> current = new TreeMap<>();
        for (PricePoints.LivePrice price : PricePoints.prices(app.read(SubscriptionPrices.prices(subscriptionId)),
                "subscriptionPricePoint")) {
            String start = price.startDate() == null ? "" : price.startDate();
            PricePoints.LivePrice seen = current.get(price.territory());
            if (start.compareTo(today) <= 0 && (seen == null || start.compareTo(
                    seen.startDate() == null ? "" : seen.startDate()) >= 0)) {
                current.put(price.territory(), price);
            }
        }
        Map<String, BigDecimal> out = new TreeMap<>();
        current.forEach((territory, price) -> out.put(territory, price.amount()));
        return TerritoryPrices.ofAmounts(out);
    }

    private static PurchaseKeys.InTerritory<PurchaseKeys.Subscription> key(PurchaseKeys.Subscription subscription,
                                                                            String territory) {
        return new PurchaseKeys.InTerritory<>(subscription, "price", territory);
    }
}
