package dev.ascctl.resource.kinds.pricing;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.pricing.AppPricing;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.OwnsStoreSection;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.StoreSection;
import dev.ascctl.store.TerritoryCodes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Where the app is sold ({@code app[b].availability}; {@link AppAvailabilitySpec} reads app.yaml's key): the
 * territories it is sold in as far as the YAML adds them, {@code availableInNewTerritories} and pre-orders. Taking
 * the app off sale in a territory is the other kind's ({@link AvailableTerritoryHandler}), a deletion shown under
 * the deletion banner and applied only with {@code policy.prune.territories}; so here {@code territories} compares
 * only what the YAML lists ("all", or the codes): a live territory it does not list is not this kind's change.
 *
 * <p>Writes: the first availability, or a change of {@code availableInNewTerritories} (Apple has no PATCH for it),
 * is one {@code POST /v2/appAvailabilities} naming every territory sold (the YAML's and those still sold live);
 * otherwise each territory added or whose pre-order changes is one {@code PATCH /v1/territoryAvailabilities/{id}},
 * and pre-orders the YAML ends are one {@code POST /v1/endAppAvailabilityPreOrders} (the app is released there at
 * once; Apple then shows today as the release date, which the YAML does not need to write).
 */
public final class AppAvailabilityHandler extends Kind<PartKey<AppKey>> implements OwnsStoreSection, StraightReads,
        StraightReads.ForExport,
        Creatable<PartKey<AppKey>>, Updatable<PartKey<AppKey>> {
    private static final KindSpec SPEC = new KindSpec("appAvailability", 3, null);
    static final String TERRITORIES = "territories";
    static final String IN_NEW = "availableInNewTerritories";
    static final String PRE_ORDERS = "preOrders";

    public AppAvailabilityHandler() {
        super(SPEC, AttributeSpec.plain(TERRITORIES, IN_NEW, PRE_ORDERS));
    }

    @Override
    public StoreSection storeSection() {
        return new StoreSection(AppAvailabilitySpec.KEY, AppAvailabilitySpec.SCHEMA, AppAvailabilitySpec::problems);
    }

    static PartKey<AppKey> key(String bundleId) {
        return new PartKey<>(new AppKey(bundleId), "availability");
    }

    @Override
    public List<DesiredObject<PartKey<AppKey>>> desired(AppSpec app) {
        return AppAvailabilitySpec.of(app).map(a -> {
            Map<String, JsonNode> attributes = new LinkedHashMap<>();
            attributes.put(TERRITORIES, StringNode.valueOf(describe(a.territories())));
            if (a.availableInNewTerritories() != null) {
                attributes.put(IN_NEW, BooleanNode.valueOf(a.availableInNewTerritories()));
            }
            if (a.preOrders() != null) {
                attributes.put(PRE_ORDERS, StringNode.valueOf(describePreOrders(a.preOrders())));
            }
            return List.of(new DesiredObject<>(key(app.bundleId()), SPEC.name(), Handlers.storePath(app) + "."
                    + AppAvailabilitySpec.KEY, attributes, Set.of(), a.mark()));
        }).orElse(List.of());
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        AppAvailabilitySpec.of(spec).ifPresent(wanted -> AvailabilityReads.read(app, wanted, reads));
        SaleReadiness.read(app, spec, reads);
    }

    @Override
    public List<LiveObject<PartKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        Optional<AppAvailabilitySpec> wanted = AppAvailabilitySpec.of(spec);
        if (wanted.isEmpty()) {
            return List.of();
        }
        return AvailabilityReads.territories(app)
                .map(territories -> {
                    Set<String> sold = new TreeSet<>(AvailabilityReads.available(territories));
                    sold.retainAll(wanted.get().territories());
                    Map<String, JsonNode> attributes = new LinkedHashMap<>();
                    attributes.put(TERRITORIES, StringNode.valueOf(describe(sold)));
                    AvailabilityReads.availability(app).ifPresent(a -> attributes.put(IN_NEW, a.attribute(IN_NEW)));
                    SortedMap<String, String> preOrders = new TreeMap<>();
                    territories.forEach((code, t) -> {
                        if (t.preOrder()) {
                            preOrders.put(code, t.releaseDate());
                        }
                    });
                    attributes.put(PRE_ORDERS, StringNode.valueOf(describePreOrders(preOrders)));
                    return List.of(new LiveObject<>(key(app.bundleId()), SPEC.name(), app.app().id(), attributes,
                            null));
                }).orElse(List.of());
    }

    @Override
    public void readForExport(LiveApp app, Reads reads) {
        AvailabilityReads.read(app, null, reads);
    }

    /** {@code availability:} as the plan of the imported store finds no change. */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        return AvailabilityReads.availability(app).flatMap(availability -> AvailabilityReads.territories(app)
                .map(territories -> {
                    ObjectNode out = JsonNodeFactory.instance.objectNode();
                    List<String> sold = AvailabilityReads.available(territories);
                    if (describe(new TreeSet<>(sold)).equals("all")) {
                        out.put(TERRITORIES, "all");
                    } else {
                        sold.forEach(out.putArray(TERRITORIES)::add);
                    }
                    out.set(IN_NEW, availability.attribute(IN_NEW));
                    ObjectNode preOrders = JsonNodeFactory.instance.objectNode();
                    territories.forEach((code, t) -> {
                        if (t.preOrder()) {
                            preOrders.put(code, t.releaseDate());
                        }
                    });
                    if (!preOrders.isEmpty()) {
                        out.set(PRE_ORDERS, preOrders);
                    }
                    return List.of(new ExportedObject("apps." + label, Map.of(AppAvailabilitySpec.KEY, out), Set.of()));
                })).orElse(List.of());
    }

    @Override
    public List<ApiCall> create(DesiredObject<PartKey<AppKey>> desired, LiveApp app) {
        return List.of(post(desired, app, Map.of()));
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<AppKey>> desired, LiveObject<PartKey<AppKey>> live,
                                Map<String, JsonNode> changed, LiveApp app) {
        SortedMap<String, AvailabilityReads.Territory> territories = AvailabilityReads.territories(app).orElseThrow();
        if (changed.containsKey(IN_NEW)) {
            return List.of(post(desired, app, territories));
        }
        Set<String> wanted = territories(desired);
        Map<String, String> preOrders = preOrders(desired);
        List<ApiCall> out = new ArrayList<>();
        for (String code : wanted) {
            AvailabilityReads.Territory t = territories.get(code);
            String release = preOrders == null ? null : preOrders.get(code);
            if (t == null) {
                continue; // a territory Apple has not listed for the app yet: only a new availability names it
            }
            // A pre-order started or moved; one the YAML ends is ended below, all in one request.
            boolean preOrderChanged = release != null && !release.equals(t.preOrder() ? t.releaseDate() : null);
            if (!t.available() || preOrderChanged) {
                out.add(AppPricing.setTerritory(t.id(), new AppPricing.TerritoryState(code, true, release,
                        release != null)));
            }
        }
        if (preOrders != null) {
            List<String> ended = territories.entrySet().stream().filter(e -> e.getValue().preOrder()
                    && !preOrders.containsKey(e.getKey())).map(e -> e.getValue().id()).toList();
            if (!ended.isEmpty()) {
                out.add(AppPricing.endPreOrders(ended));
            }
        }
        if (wanted.stream().anyMatch(code -> !territories.containsKey(code))) {
            // Territories the availability does not list yet: only a new availability can name them.
            return List.of(post(desired, app, territories));
        }
        return out;
    }

    /** A whole new availability: the YAML's territories and those still sold live (taking off sale is pruning). */
    private static ApiCall post(DesiredObject<PartKey<AppKey>> desired, LiveApp app,
                                Map<String, AvailabilityReads.Territory> live) {
        Set<String> sold = new TreeSet<>(territories(desired));
        sold.addAll(AvailabilityReads.available(live));
        Map<String, String> preOrders = preOrders(desired);
        List<AppPricing.TerritoryState> states = new ArrayList<>();
        for (String code : sold) {
            String release = preOrders != null ? preOrders.get(code)
                    : live.containsKey(code) && live.get(code).preOrder() ? live.get(code).releaseDate() : null;
            states.add(new AppPricing.TerritoryState(code, true, release, release != null));
        }
        JsonNode inNew = desired.attributes().get(IN_NEW);
        // Not written: the live flag (read when a POST is planned), else on, as App Store Connect offers a new app.
        boolean availableInNew = inNew != null ? inNew.asBoolean() : AvailabilityReads.availability(app)
                .map(a -> a.attribute(IN_NEW).asBoolean(true)).orElse(true);
        return AppPricing.setAvailability(app.app().id(), availableInNew, states);
    }

    private static Set<String> territories(DesiredObject<PartKey<AppKey>> desired) {
        String text = desired.attributes().get(TERRITORIES).asString();
        return text.equals("all") ? new TreeSet<>(TerritoryCodes.all()) : text.isEmpty() ? new TreeSet<>()
                : new TreeSet<>(List.of(text.split(", ")));
    }

    /** Territory -> release date, or null when the YAML does not manage pre-orders. */
    private static Map<String, String> preOrders(DesiredObject<PartKey<AppKey>> desired) {
        JsonNode text = desired.attributes().get(PRE_ORDERS);
        if (text == null) {
            return null;
        }
        Map<String, String> out = new TreeMap<>();
        if (!text.asString().equals("none")) {
            for (String one : text.asString().split(", ")) {
                out.put(one.substring(0, 3), one.substring(4));
            }
        }
        return out;
    }

    /** "all" when every code of Apple's, else the codes ("GBR, USA"). */
    static String describe(Set<String> territories) {
        return territories.containsAll(TerritoryCodes.all()) ? "all" : String.join(", ", new TreeSet<>(territories));
    }

    /** "JPN 2027-03-01, USA 2027-03-08", or "none". */
    static String describePreOrders(Map<String, String> preOrders) {
        return preOrders.isEmpty() ? "none" : preOrders.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
