package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.purchases.InAppPurchasePrices;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Capability;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.InAppPurchasePriceSpec;
import dev.ascctl.store.InAppPurchaseSpec;
import dev.ascctl.store.PlanTimeProblemException;
import dev.ascctl.store.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The price of an in-app purchase in its base territory; Apple equalizes the other territories. One object per
 * product, addressed by its base territory ({@code app[b].iap[com.example.pro].price[USA]}) with one attribute,
 * {@code customerPrice}. Setting it POSTs a new price schedule naming Apple's price point for that price.
 *
 * <p>Reads, only for products whose YAML has a price: the schedule's manual price in the base territory (one per
 * product); then, only where the price must change, the product's price points in that territory (one per
 * product and territory, limit 8000, cached for the run by {@link LiveApp#read}). A price that is no point is a
 * problem at the price's file:line:column listing the nearest valid prices, and nothing is sent.
 *
 * <p>Price points are per product, so a product the same apply creates has none to read at plan time: its price
 * is planned by the next apply, and the plan says so (as it does for localizations of a version not yet made).
 * A price removed from the YAML is left as it is (Apple has no price-schedule DELETE).
 *
 * <p>Exported by {@code import} as {@code price: {territory, price}} of each priced product, in three rounds of
 * reads per product: whether it has a manual price at all; for a priced one, its schedule's base territory; then
 * the same manual-price read the plan makes, so the imported price is exactly what the plan compares. A product
 * never priced gets no {@code price} key.
 * <pre>
 * inAppPurchases:
 *   - productId: com.example.notes.pro
 *     price: {territory: USA, price: "4.99"}
 * </pre>
 */
public final class InAppPurchasePriceHandler implements ResourceHandler {
    private static final KindSpec SPEC = new KindSpec("inAppPurchasePrice", 16,
            Set.of(Capability.CREATE, Capability.UPDATE), null);
    static final String ATTRIBUTE = "customerPrice";
    /** How many valid prices a "no such price point" problem lists. */
    private static final int NEAREST = 4;

    @Override
    public KindSpec spec() {
        return SPEC;
    }

    @Override
    public List<DesiredObject> desired(AppSpec app) {
        List<DesiredObject> out = new ArrayList<>();
        for (InAppPurchaseSpec iap : app.purchases().inAppPurchases()) {
            InAppPurchasePriceSpec price = iap.price();
            if (price != null) {
                out.add(new DesiredObject(address(app, iap), SPEC.name(),
                        Purchases.storePath(app, "inAppPurchases", iap.productId()) + ".price",
                        Map.of(ATTRIBUTE, StringNode.valueOf(price.price())), Set.of(), price.mark()));
            }
        }
        return out;
    }

    @Override
    public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        List<ApiQuery> out = new ArrayList<>();
        for (InAppPurchaseSpec iap : spec.purchases().inAppPurchases()) {
            if (iap.price() == null) {
                continue;
            }
            Optional<Resource> live = liveProduct(app, iap.productId());
            if (live.isEmpty()) {
                continue;
            }
            String territory = iap.price().territory();
            ApiQuery current = InAppPurchasePrices.manualPrices(live.get().id(), territory);
            out.add(current);
            if (app.hasRead(current) && currentPrice(app, live.get().id(), territory)
                    .map(p -> p.compareTo(iap.price().amount()) != 0).orElse(true)) {
                out.add(InAppPurchasePrices.pricePoints(live.get().id(), territory));
            }
        }
        return out;
    }

    @Override
    public List<LiveObject> live(LiveApp app, AppSpec spec) {
        List<LiveObject> out = new ArrayList<>();
        for (InAppPurchaseSpec iap : spec.purchases().inAppPurchases()) {
            if (iap.price() == null) {
                continue;
            }
            liveProduct(app, iap.productId()).ifPresent(product ->
                    currentPrice(app, product.id(), iap.price().territory()).ifPresent(price ->
                            out.add(new LiveObject(address(spec, iap), SPEC.name(), product.id(),
                                    Map.of(ATTRIBUTE, StringNode.valueOf(price.toPlainString())),
                                    Purchases.reviewBlock(product).orElse(null)))));
        }
        return out;
    }

    @Override
    public Optional<String> createRefusal(DesiredObject desired, LiveApp app) {
        return liveProduct(app, productId(desired)).isPresent() ? Optional.empty()
                : Optional.of("the price is set by the next apply: Apple has price points for a product only once it"
                        + " exists, and this apply creates it");
    }

    @Override
    public List<ApiCall> create(DesiredObject desired, LiveApp app) {
        return setPrice(desired, app);
    }

    @Override
    public List<ApiCall> update(DesiredObject desired, LiveObject live, Map<String, JsonNode> changed, LiveApp app) {
        return setPrice(desired, app);
    }

    @Override
    public List<ApiQuery> exportReads(LiveApp app) {
        List<ApiQuery> out = new ArrayList<>();
        for (Resource product : PurchaseReads.liveInAppPurchases(app)) {
            ApiQuery any = InAppPurchasePrices.anyManualPrice(product.id());
            out.add(any);
            if (app.read(any).map(d -> !d.data().isEmpty()).orElse(false)) {
                ApiQuery schedule = InAppPurchasePrices.baseTerritory(product.id());
                out.add(schedule);
                baseTerritory(app, product.id())
                        .ifPresent(territory -> out.add(InAppPurchasePrices.manualPrices(product.id(), territory)));
            }
        }
        return out;
    }

    @Override
    public List<DesiredObject> export(LiveApp app, String label) {
        List<DesiredObject> out = new ArrayList<>();
        for (Resource product : PurchaseReads.liveInAppPurchases(app)) {
            String productId = product.text("productId").orElse(null);
            Optional<String> territory = baseTerritory(app, product.id());
            if (productId == null || territory.isEmpty()) {
                continue;
            }
            currentPrice(app, product.id(), territory.get()).ifPresent(price -> {
                ObjectNode node = JsonNodeFactory.instance.objectNode()
                        .put("territory", territory.get()).put("price", price.toPlainString());
                out.add(new DesiredObject(Purchases.iap(app.bundleId(), productId).child("price", territory.get()),
                        SPEC.name(), Purchases.exportPath(label) + ".inAppPurchases[productId=" + productId + "]",
                        Map.of("price", node), Set.of(), null));
            });
        }
        return out;
    }

    /** The base territory of the product's schedule, when it was read. */
    private static Optional<String> baseTerritory(LiveApp app, String iapId) {
        return app.read(InAppPurchasePrices.baseTerritory(iapId)).flatMap(d -> d.data().stream().findFirst())
                .flatMap(schedule -> schedule.relationship("baseTerritory")).flatMap(r -> r.data())
                .flatMap(list -> list.stream().findFirst()).map(dev.ascctl.asc.Linkage::id);
    }

    /** Prices are numbers: "5", "5.0" and "5.00" are the same price. */
    @Override
    public boolean sameValue(String attribute, JsonNode desired, JsonNode live) {
        if (desired == null || live == null || !desired.isString() || !live.isString()) {
            return ResourceHandler.super.sameValue(attribute, desired, live);
        }
        return new BigDecimal(desired.asString()).compareTo(new BigDecimal(live.asString())) == 0;
    }

    private List<ApiCall> setPrice(DesiredObject desired, LiveApp app) {
        String iapId = liveProduct(app, productId(desired)).orElseThrow().id();
        String territory = territory(desired);
        BigDecimal wanted = new BigDecimal(desired.attributes().get(ATTRIBUTE).asString());
        List<Resource> points = app.read(InAppPurchasePrices.pricePoints(iapId, territory))
                .map(Document::data).orElse(List.of());
        for (Resource point : points) {
            if (point.text("customerPrice").map(BigDecimal::new).filter(p -> p.compareTo(wanted) == 0).isPresent()) {
                return List.of(InAppPurchasePrices.setPrice(iapId, territory, point.id()));
            }
        }
        throw new PlanTimeProblemException(new Problem(desired.origin(), PricePoints.noSuchPrice(
                productId(desired), territory, wanted, points, NEAREST)));
    }

    /** The customer price of the schedule's manual price in the territory, if the schedule has one. */
    private static Optional<BigDecimal> currentPrice(LiveApp app, String iapId, String territory) {
        Document doc = app.read(InAppPurchasePrices.manualPrices(iapId, territory)).orElse(null);
        if (doc == null) {
            return Optional.empty();
        }
        for (Resource price : doc.data()) {
            Optional<Resource> point = price.relationship("inAppPurchasePricePoint")
                    .flatMap(r -> r.data()).flatMap(list -> list.stream().findFirst()).flatMap(doc::find);
            Optional<BigDecimal> amount = point.flatMap(p -> p.text("customerPrice")).map(BigDecimal::new);
            if (amount.isPresent()) {
                return amount;
            }
        }
        return Optional.empty();
    }

    private static Optional<Resource> liveProduct(LiveApp app, String productId) {
        return PurchaseReads.liveInAppPurchases(app).stream()
                .filter(r -> r.text("productId").orElse("").equals(productId))
                .findFirst();
    }

    private static Address address(AppSpec app, InAppPurchaseSpec iap) {
        return Purchases.iap(app.bundleId(), iap.productId()).child("price", iap.price().territory());
    }

    private static String productId(DesiredObject desired) {
        String value = desired.address().value();
        String iap = value.substring(0, value.lastIndexOf(".price["));
        return iap.substring(iap.lastIndexOf("iap[") + 4, iap.length() - 1);
    }

    private static String territory(DesiredObject desired) {
        String value = desired.address().value();
        return value.substring(value.lastIndexOf(".price[") + ".price[".length(), value.length() - 1);
    }
}
