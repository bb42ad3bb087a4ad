package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.purchases.SubscriptionPrices;
import dev.ascctl.resource.Values;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KnownAfterApply;
import dev.ascctl.resource.Writes;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.PlanTimeProblemException;
import dev.ascctl.store.Problem;
import dev.ascctl.store.SubscriptionGroupSpec;
import dev.ascctl.store.SubscriptionSpec;
import dev.ascctl.store.TerritoryPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
public final class SubscriptionPriceHandler extends Kind<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> implements Creatable<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>, Updatable<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> {
    private static final KindSpec SPEC = new KindSpec("subscriptionPrice", 17,
            null);
    private static final SubscriptionHandler SUBSCRIPTIONS = new SubscriptionHandler();
    static final String PRICE = "customerPrice";
    static final String EXISTING = "existingSubscribers";
    /** How many valid prices a "no such price point" problem lists. */
    private static final int NEAREST = 4;

    public SubscriptionPriceHandler() {
        super(SPEC);
    }

    @Override
    public List<DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>> desired(AppSpec app) {
        List<DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>> out = new ArrayList<>();
        for (SubscriptionGroupSpec g : app.purchases().subscriptionGroups()) {
            for (SubscriptionSpec s : g.subscriptions()) {
                for (TerritoryPrice price : s.prices().values()) {
                    Map<String, JsonNode> attributes = new LinkedHashMap<>();
                    attributes.put(PRICE, StringNode.valueOf(price.price()));
                    attributes.put(EXISTING, StringNode.valueOf(consequence(s.preserveCurrentPrice())));
                    out.add(new DesiredObject<>(key(app.bundleId(), g.referenceName(), s.productId(), price.territory()),
                            SPEC.name(), Purchases.storePath(app, "subscriptions", s.productId()) + ".prices."
                            + price.territory(), attributes, Set.of(), price.mark()));
                }
            }
        }
        return out;
    }

    /** What a price change does to existing subscribers, as the plan shows it. */
    static String consequence(boolean preserveCurrentPrice) {
        return preserveCurrentPrice ? "keep the price they pay now (preserveCurrentPrice: true)"
                : "move to the new price (preserveCurrentPrice: false)";
    }

    @Override
    public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        List<ApiQuery> out = new ArrayList<>();
        for (PurchaseReads.DeclaredSubscription priced : priced(app, spec)) {
            out.add(SubscriptionPrices.prices(priced.live().id()));
            out.addAll(SubscriptionPoints.reads(app, priced.spec(), priced.live().id()));
        }
        return out;
    }

    /** The territories whose price must change (so need a point), once the subscription's prices are read. */
    static Set<String> territoriesToSet(LiveApp app, SubscriptionSpec spec, String subscriptionId) {
        Map<String, BigDecimal> current = currentPrices(app, subscriptionId);
        Set<String> out = new java.util.TreeSet<>();
        for (TerritoryPrice price : spec.prices().values()) {
            BigDecimal now = current.get(price.territory());
            if (now == null || now.compareTo(price.amount()) != 0) {
                out.add(price.territory());
            }
        }
        return out;
    }

    /** The base purchase reads, then one {@code /prices} read per live subscription. */
    @Override
    public List<ApiQuery> exportReads(LiveApp app) {
        return PurchaseReads.forExport(app, SubscriptionPrices::prices);
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
            Map<String, BigDecimal> current = currentPrices(app, s.resource().id());
            if (current.isEmpty()) {
                continue;
            }
            Map<String, JsonNode> prices = new java.util.TreeMap<>();
            current.forEach((territory, price) -> prices.put(territory, StringNode.valueOf(price.toPlainString())));
            out.add(new ExportedObject(SUBSCRIPTIONS.exportPath(s, app, label) + ".prices", prices, Set.of()));
        }
        return out;
    }

    @Override
    public List<LiveObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>> out = new ArrayList<>();
        for (PurchaseReads.DeclaredSubscription priced : priced(app, spec)) {
            Map<String, BigDecimal> current = currentPrices(app, priced.live().id());
            for (TerritoryPrice price : priced.spec().prices().values()) {
                BigDecimal now = current.get(price.territory());
                if (now == null) {
                    continue;
                }
                // Existing subscribers are a question only when the price changes; otherwise live says what
                // the YAML says, so preserveCurrentPrice alone never makes a plan item.
                String existing = now.compareTo(price.amount()) == 0 ? consequence(priced.spec().preserveCurrentPrice())
                        : "pay " + now.toPlainString();
                Map<String, JsonNode> attributes = new LinkedHashMap<>();
                attributes.put(PRICE, StringNode.valueOf(now.toPlainString()));
                attributes.put(EXISTING, StringNode.valueOf(existing));
                out.add(new LiveObject<>(key(spec.bundleId(), priced.group(), priced.spec().productId(),
                        price.territory()), SPEC.name(), priced.live().id(), attributes,
                        Purchases.reviewBlock(priced.live()).orElse(null)));
            }
        }
        return out;
    }

    @Override
    public List<ApiCall> create(DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> desired, LiveApp app) {
        return setPrice(desired, app);
    }

    /** For a subscription this apply creates: its new id, and the price point read once it exists. */
    @Override
    public Writes createWrites(DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> desired, LiveApp app) {
        if (PurchaseReads.liveSubscription(app, productId(desired)).isPresent()) {
            return Writes.of(setPrice(desired, app));
        }
        KnownAfterApply point = pricePointAfterApply(desired.key().product(), territory(desired),
                new BigDecimal(desired.attributes().get(PRICE).asString()));
        return new Writes(List.of(SubscriptionPrices.setPrice(IdReference.token(desired.key().product().address()),
                territory(desired), point.token(), preserve(desired))), List.of(point));
    }

    /** Where the subscription's price in {@code territory} is, for offers that run after it. */
    static dev.ascctl.resource.Address priceAddress(PurchaseKeys.Subscription subscription, String territory) {
        return new PurchaseKeys.InTerritory<>(subscription, "price", territory).address();
    }

    /**
     * The price point of {@code price} in {@code territory} for a subscription this apply creates, read once it
     * exists (the introductory and promotional offers of such a subscription use it too).
     */
    static KnownAfterApply pricePointAfterApply(PurchaseKeys.Subscription subscription, String territory,
                                                BigDecimal price) {
        return KnownAfterApply.idOf("pricePoint[" + territory + "]", "the " + territory + " price point of "
                        + price.toPlainString() + " for " + subscription.productId(),
                SubscriptionPrices.pricePoints(IdReference.token(subscription.address()), territory),
                "customerPrice", price.toPlainString(), KnownAfterApply.Match.DECIMAL);
    }

    @Override
    public List<ApiCall> update(DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> desired, LiveObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> live, Map<String, JsonNode> changed, LiveApp app) {
        return setPrice(desired, app);
    }

    /** Prices are numbers: "5", "5.0" and "5.00" are the same price. */
    @Override
    public boolean sameValue(String attribute, JsonNode desired, JsonNode live) {
        if (!attribute.equals(PRICE) || desired == null || live == null || !desired.isString() || !live.isString()) {
            return Values.same(desired, live);
        }
        return new BigDecimal(desired.asString()).compareTo(new BigDecimal(live.asString())) == 0;
    }

    private List<ApiCall> setPrice(DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> desired, LiveApp app) {
        String subscriptionId = PurchaseReads.liveSubscription(app, productId(desired)).orElseThrow().id();
        String territory = territory(desired);
        BigDecimal wanted = new BigDecimal(desired.attributes().get(PRICE).asString());
        boolean preserve = preserve(desired);
        List<Resource> points = SubscriptionPoints.in(app, subscriptionId, territory);
        for (Resource point : points) {
            if (point.text("customerPrice").map(BigDecimal::new).filter(p -> p.compareTo(wanted) == 0).isPresent()) {
                return List.of(SubscriptionPrices.setPrice(subscriptionId, territory, point.id(), preserve));
            }
        }
        throw new PlanTimeProblemException(new Problem(desired.origin(), PricePoints.noSuchPrice(
                productId(desired), territory, wanted, points, NEAREST)));
    }

    private static boolean preserve(DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> desired) {
        return desired.attributes().get(EXISTING).asString().equals(consequence(true));
    }

    /**
     * Territory → current customer price: per territory, the record with the latest start date not after today
     * (no start date = since the start).
     */
    static Map<String, BigDecimal> currentPrices(LiveApp app, String subscriptionId) {
        Document doc = app.read(SubscriptionPrices.prices(subscriptionId)).orElse(null);
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        if (doc == null) {
            return out;
        }
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, String> startOfCurrent = new LinkedHashMap<>();
        for (Resource price : doc.data()) {
            String start = price.text("startDate").orElse("");
            Optional<String> territory = PurchaseReads.linked(price, "territory").map(l -> l.id());
            Optional<BigDecimal> amount = PurchaseReads.linked(price, "subscriptionPricePoint").flatMap(doc::find)
                    .flatMap(p -> p.text("customerPrice")).map(BigDecimal::new);
            if (territory.isEmpty() || amount.isEmpty() || start.compareTo(today) > 0) {
                continue;
            }
            String seen = startOfCurrent.get(territory.get());
            if (seen == null || start.compareTo(seen) >= 0) {
                startOfCurrent.put(territory.get(), start);
                out.put(territory.get(), amount.get());
            }
        }
        return out;
    }

    private static List<PurchaseReads.DeclaredSubscription> priced(LiveApp app, AppSpec spec) {
        return PurchaseReads.declaredSubscriptions(app, spec, s -> !s.prices().isEmpty());
    }

    private static PurchaseKeys.InTerritory<PurchaseKeys.Subscription> key(String bundleId, String group, String productId, String territory) {
        return new PurchaseKeys.InTerritory<>(new PurchaseKeys.Subscription(new PurchaseKeys.Group(bundleId, group), productId),
                "price", territory);
    }

    private static String productId(DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> desired) {
        return desired.key().product().productId();
    }

    private static String territory(DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> desired) {
        return desired.key().territory();
    }
}
