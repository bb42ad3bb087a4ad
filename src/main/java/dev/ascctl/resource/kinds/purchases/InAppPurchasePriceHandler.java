package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.SetsWhole;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.purchases.InAppPurchasePrices;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.TerritoryPrices;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KnownAfterApply;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.Values;
import dev.ascctl.resource.Writes;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.InAppPurchasePriceSpec;
import dev.ascctl.store.InAppPurchaseSpec;
import dev.ascctl.store.Mark;
import dev.ascctl.store.PlanTimeProblemException;
import java.math.BigDecimal;
import dev.ascctl.asc.Linkage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The manual prices of an in-app purchase: its base territory's price and any other territories listed by hand;
 * Apple equalizes the rest. One object per product, addressed by its base territory
 * ({@code app[b].iap[com.example.pro].price[USA]}), with the attributes {@code customerPrice} (the base) and
 * {@code territories}, the listed territories' {@link TerritoryPrices} (exactly the YAML's: a territory dropped from
 * the YAML, which goes back to Apple's equalized price, shows as removed). Setting any of them POSTs a new price schedule naming Apple's price point for every manual price
 * (the POST replaces the whole schedule).
 *
 * <p>Reads, only for products whose YAML has a price: the schedule's manual prices with their territories and
 * points (one per product); then, only where a price must change, the product's price points in every manual
 * territory (one read per product, its {@code filter[territory]} a list; limit 8000, cached for the run by
 * {@link LiveApp#read}). A price that
 * is no point is a problem at that price's file:line:column listing the nearest valid prices, and nothing is sent.
 *
 * <p>Price points are per product, so a product the same apply creates has none to read at plan time: its price
 * is set in the same apply all the same, with each point shown as {@code (known after apply)} and read once the
 * product exists ({@link KnownAfterApply}). A price that is then no point fails only that price, naming the nearest
 * prices; the product stays created. A price removed from the YAML is left as it is (Apple has no price-schedule
 * DELETE).
 *
 * <p>Exported by {@code import} as {@code price: {territory, price, territories}} of each priced product, in three
 * rounds of reads per product: whether it has a manual price at all; for a priced one, its schedule's base
 * territory; then the same manual-price read the plan makes, so the imported prices are exactly what the plan
 * compares. A product never priced gets no {@code price} key; {@code territories} only when some are listed.
 * <pre>
 * inAppPurchases:
 *   - productId: com.example.notes.pro
 *     price: {territory: USA, price: "4.99", territories: {JPN: "700", GBR: "4.49"}}
 * </pre>
 */
public final class InAppPurchasePriceHandler extends Kind<PurchaseKeys.InTerritory<PurchaseKeys.Iap>> implements StraightReads, StraightReads.ForExport, SetsWhole<PurchaseKeys.InTerritory<PurchaseKeys.Iap>> {
    private static final KindSpec SPEC = new KindSpec("inAppPurchasePrice", 16, null);
    static final String ATTRIBUTE = "customerPrice";
    static final String LISTED = "territories";

    public InAppPurchasePriceHandler() {
        super(SPEC, List.of(AttributeSpec.of(ATTRIBUTE).asDecimal(), AttributeSpec.of(LISTED).asTerritoryPrices()));
    }

    @Override
    public List<DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Iap>>> desired(AppSpec app) {
        List<DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Iap>>> out = new ArrayList<>();
        for (InAppPurchaseSpec iap : app.purchases().inAppPurchases()) {
            InAppPurchasePriceSpec price = iap.price();
            if (price != null) {
                Map<String, String> listed = new TreeMap<>();
                price.territories().forEach((code, manual) -> listed.put(code, manual.price()));
                out.add(desiredObject(key(app, iap), Purchases.storePath(app, "inAppPurchases", iap.productId())
                        + ".price", attributes(price.price(), TerritoryPrices.of(listed)), price.mark()));
            }
        }
        return out;
    }

    /**
     * The products, the manual prices of those whose YAML has a price, then, for each whose prices change, the points
     * of every manual price: the POST replaces the whole schedule. One points read per product (filter[territory]
     * takes a list).
     */
    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        if (spec.purchases().inAppPurchases().stream().allMatch(iap -> iap.price() == null)) {
            return;
        }
        reads.get(PurchaseReads.inAppPurchases(app));
        List<Purchases.LiveInAppPurchase> priced = Purchases.liveInAppPurchases(app, spec, iap -> iap.price() != null);
        reads.getAll(priced.stream().map(p -> InAppPurchasePrices.manualPrices(p.live().id())).toList());
        List<Purchases.LiveInAppPurchase> changed = priced.stream().filter(p -> !TerritoryPrices.ofAmounts(
                p.spec().price().manualPrices()).samePrices(manualPrices(app, p.live().id()))).toList();
        reads.getAll(changed.stream().map(p -> InAppPurchasePrices.pricePoints(p.live().id(),
                new TreeSet<>(p.spec().price().manualPrices().keySet()))).toList());
        // Checked here, where the YAML's marks are known, so the problem names the exact price.
        changed.forEach(p -> resolve(app, p.spec().productId(), p.live().id(), p.spec().price().manualPrices(),
                p.spec().price()::markOf));
    }

    @Override
    public List<LiveObject<PurchaseKeys.InTerritory<PurchaseKeys.Iap>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PurchaseKeys.InTerritory<PurchaseKeys.Iap>>> out = new ArrayList<>();
        for (Purchases.LiveInAppPurchase priced : Purchases.liveInAppPurchases(app, spec, iap -> iap.price() != null)) {
            String base = priced.spec().price().territory();
            TerritoryPrices manual = manualPrices(app, priced.live().id());
            manual.amount(base).ifPresent(price -> out.add(liveObject(key(spec, priced.spec()), priced.live().id(),
                    attributes(price.toPlainString(), manual.only(code -> !code.equals(base))),
                    Purchases.reviewBlock(priced.live()).orElse(null))));
        }
        return out;
    }

    private static Map<String, JsonNode> attributes(String base, TerritoryPrices listed) {
        return Values.attributes(ATTRIBUTE, base, LISTED, listed);
    }

    /**
     * For a product this apply creates, the schedule's POST names the product by its new id and each manual
     * price's point by a value read once the product exists: the points' ids are Apple's, per product.
     */
    @Override
    public Writes set(DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Iap>> desired, LiveApp app) {
        PricePoints.Found found = PricePoints.Found.of(desired.key().product(), app);
        Map<String, String> points = new LinkedHashMap<>();
        // reads() already stopped the plan at the exact price's mark; the origin is only a fallback.
        wanted(desired).forEach((territory, price) -> points.put(territory, found.point(territory, price,
                desired.origin(), desired.key().product().productId())));
        return found.writes(List.of(InAppPurchasePrices.setPrices(found.id(), desired.key().territory(), points)),
                List.of());
    }

    /**
     * Each product's schedule with its base territory, then the manual prices of those that have one. A product
     * never priced has no schedule and Apple answers 404 there (the spec lists 404 on the path): the read context
     * makes that an empty value, so no request is spent first asking whether the product is priced.
     */
    @Override
    public void readForExport(LiveApp app, Reads reads) {
        List<Resource> products = reads.get(PurchaseReads.inAppPurchases(app)).data();
        reads.oneEach(products.stream().map(p -> InAppPurchasePrices.baseTerritory(p.id())).toList());
        reads.getAll(products.stream().filter(p -> baseTerritory(app, p.id()).isPresent())
                .map(p -> InAppPurchasePrices.manualPrices(p.id())).toList());
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (Resource product : PurchaseReads.liveInAppPurchases(app)) {
            Optional<String> productId = product.text("productId");
            Optional<String> territory = baseTerritory(app, product.id());
            TerritoryPrices manual = manualPrices(app, product.id());
            if (productId.isEmpty() || territory.isEmpty() || manual.amount(territory.get()).isEmpty()) {
                continue;
            }
            ObjectNode node = JsonNodeFactory.instance.objectNode().put("territory", territory.get())
                    .put("price", manual.prices().get(territory.get()));
            TerritoryPrices listed = manual.only(code -> !code.equals(territory.get()));
            if (!listed.isEmpty()) {
                node.set("territories", listed.json());
            }
            out.add(new ExportedObject(Purchases.exportPath(label, productId.get()), Map.of("price", node)));
        }
        return out;
    }

    /** The base territory of the product's schedule, when it was read. */
    private static Optional<String> baseTerritory(LiveApp app, String iapId) {
        return app.read(InAppPurchasePrices.baseTerritory(iapId)).flatMap(d -> d.data().stream().findFirst())
                .flatMap(schedule -> PurchaseReads.linked(schedule, "baseTerritory")).map(Linkage::id);
    }

    /** Territory → wanted price: the base territory first, then the listed ones (the POST's order). */
    private static Map<String, BigDecimal> wanted(DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Iap>> desired) {
        Map<String, BigDecimal> wanted = new LinkedHashMap<>();
        wanted.put(desired.key().territory(), new BigDecimal(desired.attributes().get(ATTRIBUTE).asString()));
        wanted.putAll(TerritoryPrices.of(desired.attributes().get(LISTED)).amounts());
        return wanted;
    }

    /**
     * Checks that each manual price is a point, among the points read for the product.
     *
     * @throws PlanTimeProblemException at the price's mark, listing the nearest prices, for a price that is no point
     */
    private static void resolve(LiveApp app, String productId, String iapId, Map<String, BigDecimal> wanted,
                                Function<String, Mark> markOf) {
        wanted.forEach((territory, price) -> PricePoints.pointOf(PricePoints.inTerritory(
                app.readsAt(InAppPurchasePrices.pricePointsPath(iapId)), territory), price, markOf.apply(territory),
                productId, territory));
    }

    /**
     * The schedule's manual prices; none when not read or the product was never priced. A territory's price
     * starting later (a scheduled change) is skipped: the price in effect is the one without a start date [Apple
     * returns both while a change is pending].
     */
    private static TerritoryPrices manualPrices(LiveApp app, String iapId) {
        Map<String, BigDecimal> out = new TreeMap<>();
        PricePoints.prices(app.read(InAppPurchasePrices.manualPrices(iapId)), "inAppPurchasePricePoint").stream()
                .filter(p -> p.startDate() == null).forEach(p -> out.putIfAbsent(p.territory(), p.amount()));
        return TerritoryPrices.ofAmounts(out);
    }

    private static PurchaseKeys.InTerritory<PurchaseKeys.Iap> key(AppSpec app, InAppPurchaseSpec iap) {
        return new PurchaseKeys.InTerritory<>(new PurchaseKeys.Iap(app.bundleId(), iap.productId()), "price",
                iap.price().territory());
    }
}
