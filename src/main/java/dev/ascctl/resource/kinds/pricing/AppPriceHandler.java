package dev.ascctl.resource.kinds.pricing;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.pricing.AppPricing;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.EffectTable;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.OwnsStoreSection;
import dev.ascctl.resource.ShowsEffect;
import dev.ascctl.resource.TerritoryPrices;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.purchases.PricePoints;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Mark;
import dev.ascctl.store.PlanTimeProblemException;
import dev.ascctl.store.StoreSection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The app's own price ({@code app[b].price}), as people think about it; {@link AppPriceSpec} reads app.yaml's key:
 * <pre>
 * price:
 *   baseTerritory: USA
 *   price: "4.99"                     # or free: true
 *   territories: {JPN: "800"}         # set by hand; Apple equalizes every other territory from the base
 *   schedule:                         # base-territory prices for a while (a sale), then back to price
 *     - {from: 2027-01-15, until: 2027-02-01, price: "2.99"}
 * </pre>
 * Attributes: {@code baseTerritory}, {@code price}, {@code territories} (a {@link TerritoryPrices}, exact: the POST
 * replaces the whole schedule, so a territory dropped from the YAML goes back to Apple's equalized price) and
 * {@code schedule} ("2027-01-15..2027-02-01 2.99", or "none"). Any change POSTs one new schedule naming Apple's
 * price point for every manual price (Apple has no PATCH). A price that is no point stops the plan at its
 * file:line:column with the nearest valid prices, as for in-app purchases ({@link PricePoints}).
 *
 * <p>Reads: the schedule's manual prices with their points (one request, the clean plan's only one); only when
 * something differs, the app's points in the territories written (every page: 200 a page). The base territory is
 * taken from the manual prices (the one the YAML names when it has a current manual price there): reading the
 * schedule's own base territory would cost a request on every plan, and a base territory always has a manual price.
 * When the base price itself changes (its territory, price or schedule), also each new base point's equalizations,
 * for the plan's table of what every territory will cost ({@link PriceEffect}).
 */
public final class AppPriceHandler extends Kind<PartKey<AppKey>> implements OwnsStoreSection,
        Creatable<PartKey<AppKey>>, Updatable<PartKey<AppKey>>, ShowsEffect<PartKey<AppKey>> {
    private static final KindSpec SPEC = new KindSpec("appPrice", 2, null);
    static final String BASE = "baseTerritory";
    static final String PRICE = "price";
    static final String TERRITORIES = "territories";
    static final String SCHEDULE = "schedule";

    public AppPriceHandler() {
        super(SPEC, List.of(AttributeSpec.of(BASE), AttributeSpec.of(PRICE).asDecimal(),
                AttributeSpec.of(TERRITORIES).asTerritoryPrices(), AttributeSpec.of(SCHEDULE)));
    }

    @Override
    public StoreSection storeSection() {
        return new StoreSection(AppPriceSpec.KEY, AppPriceSpec.SCHEMA, AppPriceSpec::problems);
    }

    private static PartKey<AppKey> key(String bundleId) {
        return new PartKey<>(new AppKey(bundleId), "price");
    }

    @Override
    public List<DesiredObject<PartKey<AppKey>>> desired(AppSpec app) {
        return AppPriceSpec.of(app).map(price -> List.of(new DesiredObject<>(key(app.bundleId()), SPEC.name(),
                Handlers.storePath(app) + "." + AppPriceSpec.KEY, attributes(price.baseTerritory(), price.price(),
                price.territories(), price.schedule()), Set.of(), price.mark()))).orElse(List.of());
    }

    @Override
    public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        Optional<AppPriceSpec> wanted = AppPriceSpec.of(spec);
        if (wanted.isEmpty()) {
            return List.of();
        }
        List<ApiQuery> out = new ArrayList<>(List.of(AppPricing.manualPrices(app.app().id())));
        Optional<Map<String, JsonNode>> live = liveAttributes(app, wanted.get().baseTerritory());
        if (app.hasRead(out.get(0)) && !same(desired(spec).get(0).attributes(), live)) {
            ApiQuery points = AppPricing.pricePoints(app.app().id(), wanted.get().pricedTerritories());
            out.add(points);
            if (app.hasRead(points)) {
                // Checked here, where the YAML's marks are known, so the problem names the exact price.
                List<AppPricing.ManualPrice> prices = manualPrices(app, wanted.get());
                if (baseChanged(desired(spec).get(0).attributes(), live)) {
                    PriceEffect.basePoints(prices, wanted.get().baseTerritory()).stream()
                            .map(AppPricing::equalizations).forEach(out::add);
                }
            }
        }
        return out;
    }

    @Override
    public List<LiveObject<PartKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        return AppPriceSpec.of(spec).flatMap(price -> liveAttributes(app, price.baseTerritory()))
                .map(a -> List.of(new LiveObject<>(key(app.bundleId()), SPEC.name(), app.app().id(), a, null)))
                .orElse(List.of());
    }

    /** The manual prices and, as the YAML names it, the schedule's base territory (404 for an app never priced). */
    @Override
    public List<ApiQuery> exportReads(LiveApp app) {
        return List.of(AppPricing.manualPrices(app.app().id()), AppPricing.baseTerritory(app.app().id()));
    }

    /** {@code price:} as the plan of the imported store finds no change ({@code free: true} for a free app). */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        Optional<String> base = app.read(AppPricing.baseTerritory(app.app().id()))
                .flatMap(d -> d.data().stream().findFirst()).map(Resource::id);
        return base.flatMap(b -> liveAttributes(app, b).filter(a -> a.get(BASE).asString().equals(b))).map(a -> {
            ObjectNode price = JsonNodeFactory.instance.objectNode().put(BASE, a.get(BASE).asString());
            if (new BigDecimal(a.get(PRICE).asString()).signum() == 0) {
                price.put("free", true);
            } else {
                price.put(PRICE, a.get(PRICE).asString());
            }
            if (!a.get(TERRITORIES).isEmpty()) {
                price.set(TERRITORIES, a.get(TERRITORIES));
            }
            AppPriceSpec rebuilt = AppPriceSpec.fromAttributes(a, null);
            if (!rebuilt.schedule().isEmpty()) {
                var list = price.putArray(SCHEDULE);
                rebuilt.schedule().forEach(p -> {
                    ObjectNode entry = list.addObject().put("from", p.from());
                    if (p.until() != null) {
                        entry.put("until", p.until());
                    }
                    entry.put(PRICE, p.price());
                });
            }
            return List.of(new ExportedObject("apps." + label, Map.of(AppPriceSpec.KEY, price), Set.of()));
        }).orElse(List.of());
    }

    /** The new base price in every territory Apple equalizes, when the base price changes ({@link PriceEffect}). */
    @Override
    public Optional<EffectTable> effect(DesiredObject<PartKey<AppKey>> desired, LiveApp app) {
        if (!desired.attributes().keySet().containsAll(List.of(BASE, PRICE, TERRITORIES, SCHEDULE))) {
            return Optional.empty(); // part of the price is ignored by a rule: no whole timeline to show
        }
        AppPriceSpec price = AppPriceSpec.fromAttributes(desired.attributes(), desired.origin());
        if (!app.hasRead(AppPricing.pricePoints(app.app().id(), price.pricedTerritories()))) {
            return Optional.empty();
        }
        return PriceEffect.of(app, price, manualPrices(app, price));
    }

    private boolean baseChanged(Map<String, JsonNode> desired, Optional<Map<String, JsonNode>> live) {
        return live.isEmpty() || List.of(BASE, PRICE, SCHEDULE).stream()
                .anyMatch(name -> !sameValue(name, desired.get(name), live.get().get(name)));
    }

    @Override
    public List<ApiCall> create(DesiredObject<PartKey<AppKey>> desired, LiveApp app) {
        return update(desired, null, Map.of(), app);
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<AppKey>> desired, LiveObject<PartKey<AppKey>> live,
                                Map<String, JsonNode> changed, LiveApp app) {
        AppPriceSpec price = AppPriceSpec.fromAttributes(desired.attributes(), desired.origin());
        return List.of(AppPricing.setPrices(app.app().id(), price.baseTerritory(), manualPrices(app, price)));
    }

    /**
     * The schedule's manual prices with their points: the base territory's timeline (the price, each scheduled
     * price, and the price again after each), then every territory set by hand.
     *
     * @throws PlanTimeProblemException at the price's mark, listing the nearest prices, for a price that is no point
     */
    private static List<AppPricing.ManualPrice> manualPrices(LiveApp app, AppPriceSpec price) {
        List<AppPricing.ManualPrice> out = new ArrayList<>();
        for (AppPriceSpec.Period period : price.baseTimeline()) {
            out.add(new AppPricing.ManualPrice(price.baseTerritory(), point(app, price.baseTerritory(),
                    period.price(), period.mark()), period.from(), period.until()));
        }
        price.territories().prices().forEach((territory, amount) -> out.add(new AppPricing.ManualPrice(territory,
                point(app, territory, amount, price.territoryMark(territory)), null, null)));
        return out;
    }

    private static String point(LiveApp app, String territory, String price, Mark mark) {
        return PricePoints.pointOf(PricePoints.inTerritory(app.readsAt(AppPricing.pricePointsPath(app.app().id())),
                territory), new BigDecimal(price), mark, app.bundleId(), territory);
    }

    private boolean same(Map<String, JsonNode> desired, Optional<Map<String, JsonNode>> live) {
        return live.isPresent() && desired.entrySet().stream()
                .allMatch(e -> sameValue(e.getKey(), e.getValue(), live.get().get(e.getKey())));
    }

    /**
     * The live price as the YAML would write it, from the schedule's manual prices; empty when the app was never
     * priced (or the prices were not read).
     */
    private static Optional<Map<String, JsonNode>> liveAttributes(LiveApp app, String preferredBase) {
        Document doc = app.read(AppPricing.manualPrices(app.app().id())).orElse(null);
        if (doc == null) {
            return Optional.empty();
        }
        Map<String, String> current = new LinkedHashMap<>();
        List<String[]> scheduled = new ArrayList<>(); // territory, from, until, price
        for (Resource price : doc.data()) {
            Optional<String> territory = price.relationship("territory").flatMap(r -> r.one()).map(l -> l.id());
            Optional<String> amount = price.relationship("appPricePoint").flatMap(r -> r.one()).flatMap(doc::find)
                    .flatMap(p -> p.text("customerPrice"));
            if (territory.isEmpty() || amount.isEmpty()) {
                continue;
            }
            Optional<String> from = price.text("startDate");
            if (from.isEmpty()) {
                current.putIfAbsent(territory.get(), amount.get());
            } else {
                scheduled.add(new String[] {territory.get(), from.get(), price.text("endDate").orElse(null),
                        amount.get()});
            }
        }
        if (current.isEmpty()) {
            return Optional.empty();
        }
        String base = current.containsKey(preferredBase) ? preferredBase : current.keySet().iterator().next();
        Map<String, String> others = new LinkedHashMap<>(current);
        others.remove(base);
        List<AppPriceSpec.Period> periods = scheduled.stream().filter(s -> s[0].equals(base))
                .map(s -> new AppPriceSpec.Period(s[1], s[2], s[3], null)).toList();
        return Optional.of(attributes(base, current.get(base), TerritoryPrices.of(others), periods));
    }

    private static Map<String, JsonNode> attributes(String base, String price, TerritoryPrices territories,
                                                    List<AppPriceSpec.Period> schedule) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put(BASE, StringNode.valueOf(base));
        out.put(PRICE, StringNode.valueOf(price));
        out.put(TERRITORIES, territories.json());
        out.put(SCHEDULE, StringNode.valueOf(AppPriceSpec.describe(price, schedule)));
        return out;
    }
}
