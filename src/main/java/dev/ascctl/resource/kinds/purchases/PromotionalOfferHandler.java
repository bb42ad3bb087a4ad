package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.purchases.PromotionalOffers;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StorePaths;
import dev.ascctl.resource.TerritoryPrices;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.Values;
import dev.ascctl.resource.Writes;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.PromotionalOfferSpec;
import dev.ascctl.store.SubscriptionSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A subscription's promotional offer, addressed
 * {@code app[b].subscriptionGroup[G].subscription[com.example.plus.monthly].promotionalOffer[SPRING]} and keyed by
 * its offer code.
 *
 * <p>Decisions:
 * <ul>
 *   <li><b>Attributes are refused, not replaced.</b> Apple never changes an offer's name, offerMode, duration or
 *   numberOfPeriods (the update request has only prices). A change to one of them is listed in the plan as
 *   refused, with the way out: give the offer a new offerCode (and prune the old one). Replacing it under the
 *   same code would delete an offer apps may be signing right now, so it is never done silently.</li>
 *   <li><b>Prices change in place</b>: one PATCH whose {@code prices} keep the live price records of unchanged
 *   territories and add one inline price per changed territory. A territory removed from the YAML keeps its
 *   price, as subscription prices do.</li>
 *   <li>Only subscriptions whose YAML has the {@code promotionalOffers} key are read: one list per subscription,
 *   one {@code /prices} read per declared live paid offer (a free trial has none), then the subscription's price
 *   points only in territories whose price must change (one read per subscription, shared with its prices and
 *   introductory offers: {@link SubscriptionPoints}).</li>
 *   <li>A price that is no point is a problem at its file:line:column with the nearest prices. Offers of a
 *   subscription this apply creates are made in the same apply: their price points are shown as
 *   {@code (known after apply)} and read once the subscription exists.</li>
 * </ul>
 * <pre>
 * promotionalOffers:
 *   - {offerCode: SPRING, name: Spring, offerMode: PAY_AS_YOU_GO, duration: ONE_MONTH, numberOfPeriods: 3,
 *      prices: {USA: "1.99", GBR: "1.79"}}
 * </pre>
 */
public final class PromotionalOfferHandler extends SubscriptionPartKind<PurchaseKeys.PromotionalOffer> implements Creatable<PurchaseKeys.PromotionalOffer>, Updatable<PurchaseKeys.PromotionalOffer>, Deletable<PurchaseKeys.PromotionalOffer> {
    private static final KindSpec SPEC = new KindSpec("promotionalOffer", 18,
            "promotionalOffers");
    /** Fixed at creation (asc-api-notes §5: "attributes are immutable"). */
    static final List<String> FIXED = List.of("name", "offerMode", "duration", "numberOfPeriods");
    static final String PRICES = "prices";
    /** Why a change of a fixed attribute of a live offer is refused: Apple has no call for it (see the class comment). */
    private static final String FIXED_REASON = "Apple never changes a promotional offer's " + String.join(", ", FIXED)
            + "; give the offer a new offerCode (and prune the old one with policy.prune.promotionalOffers)";

    public PromotionalOfferHandler() {
        super(SPEC, Stream.concat(FIXED.stream().map(name -> AttributeSpec.of(name).immutable(FIXED_REASON)),
                Stream.of(AttributeSpec.of(PRICES).asTerritoryPrices().listedOnly())).toList(),
                SubscriptionSpec::managesPromotionalOffers, PromotionalOffers::list);
    }

    @Override
    public List<DesiredObject<PurchaseKeys.PromotionalOffer>> desired(AppSpec app) {
        List<DesiredObject<PurchaseKeys.PromotionalOffer>> out = new ArrayList<>();
        for (Purchases.StoreSubscription s : Purchases.subscriptions(app)) {
            for (PromotionalOfferSpec offer : s.spec().offers()) {
                out.add(desiredObject(new PurchaseKeys.PromotionalOffer(s.key(), offer.offerCode()), s.storePath()
                        + ".promotionalOffers." + StorePaths.segment(offer.offerCode()), attributes(offer), offer.mark()));
            }
        }
        return out;
    }

    private static Map<String, JsonNode> attributes(PromotionalOfferSpec offer) {
        Map<String, JsonNode> out = Values.attributes("name", offer.name(), "offerMode", offer.offerMode(), "duration",
                offer.duration(), "numberOfPeriods", offer.numberOfPeriods());
        if (!offer.isFreeTrial()) {
            out.put(PRICES, TerritoryPrices.of(offer.prices().values()).json());
        }
        return out;
    }

    /** The {@code /prices} reads of the subscription's declared live paid offers. */
    static List<ApiQuery> priceReads(LiveApp app, SubscriptionSpec spec, String subscriptionId) {
        List<ApiQuery> out = new ArrayList<>();
        for (PromotionalOfferSpec offer : spec.offers()) {
            liveOffer(app, subscriptionId, offer.offerCode()).filter(live -> !isFreeTrial(live))
                    .ifPresent(live -> out.add(PromotionalOffers.prices(live.id())));
        }
        return out;
    }

    /** The territories whose offer price must be set (so need a point), once the offers and prices are read. */
    static Set<String> territoriesToSet(LiveApp app, SubscriptionSpec spec, String subscriptionId) {
        Set<String> out = new java.util.TreeSet<>();
        for (PromotionalOfferSpec offer : spec.offers()) {
            Optional<Resource> live = liveOffer(app, subscriptionId, offer.offerCode());
            if (live.isPresent() && isFreeTrial(live.get())) {
                continue; // a free trial has no prices to read, and the YAML may give it none
            }
            out.addAll(TerritoryPrices.of(offer.prices().values()).changedFrom(live.map(o -> prices(app, o.id()))
                    .orElse(TerritoryPrices.NONE)));
        }
        return out;
    }

    /** The groups and their subscriptions, each one's offers, then each paid offer's prices. */
    @Override
    public void readForExport(LiveApp app, Reads reads) {
        reads.getAll(PurchaseReads.readEachSubscription(app, reads, PromotionalOffers::list).stream()
                .flatMap(d -> d.data().stream()).filter(o -> !isFreeTrial(o))
                .map(offer -> PromotionalOffers.prices(offer.id())).toList());
    }

    /** Every live offer as an item of its subscription's {@code promotionalOffers}, prices as customer prices. */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (var s : SUBSCRIPTIONS.liveParents(app)) {
            for (Resource offer : app.read(PromotionalOffers.list(s.resource().id())).map(Document::data).orElse(List.of())) {
                String code = offer.text("offerCode").orElse(null);
                if (code == null) {
                    continue;
                }
                Map<String, JsonNode> attributes = Values.attributes("offerCode", code);
                attributes.putAll(liveAttributes(app, offer));
                out.add(new ExportedObject(SUBSCRIPTIONS.exportPath(s, app, label) + ".promotionalOffers[offerCode=" + code + "]",
                        attributes, Set.of()));
            }
        }
        return out;
    }

    @Override
    public List<LiveObject<PurchaseKeys.PromotionalOffer>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PurchaseKeys.PromotionalOffer>> out = new ArrayList<>();
        for (PurchaseReads.DeclaredSubscription m : declared(app, spec)) {
            for (Resource offer : app.read(PromotionalOffers.list(m.live().id())).map(Document::data).orElse(List.of())) {
                offer.text("offerCode").ifPresent(code -> out.add(liveObject(
                        new PurchaseKeys.PromotionalOffer(m.key(spec), code), offer.id(), liveAttributes(app, offer), null)));
            }
        }
        return out;
    }

    /** The fixed attributes, then the current prices (omitted for a free trial, which has none). */
    private static Map<String, JsonNode> liveAttributes(LiveApp app, Resource offer) {
        Map<String, JsonNode> out = new LinkedHashMap<>(Handlers.pick(offer, FIXED));
        if (!isFreeTrial(offer)) {
            out.put(PRICES, prices(app, offer.id()).json());
        }
        return out;
    }

    private static boolean isFreeTrial(Resource offer) {
        return "FREE_TRIAL".equals(offer.text("offerMode").orElse(""));
    }

    @Override
    public List<ApiCall> create(DesiredObject<PurchaseKeys.PromotionalOffer> desired, LiveApp app) {
        return createWrites(desired, app).calls();
    }

    /**
     * An offer of a subscription this apply creates names it by its new id, and each price's point by a value read
     * once the subscription exists.
     */
    @Override
    public Writes createWrites(DesiredObject<PurchaseKeys.PromotionalOffer> desired, LiveApp app) {
        PricePoints.Found found = PricePoints.Found.of(desired.key().subscription(), app);
        Map<String, String> points = new TreeMap<>();
        // After the new subscription's own prices in those territories: App Store Connect asks for a subscription's
        // price before its offers [observed in its web UI; the spec does not say].
        List<dev.ascctl.resource.Address> after = new ArrayList<>();
        TerritoryPrices.of(desired.attributes().get(PRICES)).amounts().forEach((territory, price) -> {
            points.put(territory, point(found, desired, territory, price));
            after.add(SubscriptionPriceHandler.priceAddress(desired.key().subscription(), territory));
        });
        return found.writes(List.of(PromotionalOffers.create(found.id(), fixedAttributes(desired), points)), after);
    }

    private static ObjectNode fixedAttributes(DesiredObject<PurchaseKeys.PromotionalOffer> desired) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        attributes.put("offerCode", desired.key().offerCode());
        FIXED.forEach(name -> attributes.set(name, desired.attributes().get(name)));
        return attributes;
    }

    /** Only {@code prices} reaches here (the fixed attributes are refused): keep unchanged, add changed. */
    @Override
    public List<ApiCall> update(DesiredObject<PurchaseKeys.PromotionalOffer> desired, LiveObject<PurchaseKeys.PromotionalOffer> live, Map<String, JsonNode> changed, LiveApp app) {
        if (!changed.containsKey(PRICES)) {
            return List.of();
        }
        PricePoints.Found found = PricePoints.Found.of(desired.key().subscription(), app);
        TerritoryPrices wanted = TerritoryPrices.of(desired.attributes().get(PRICES));
        Set<String> changedTerritories = wanted.changedFrom(prices(app, live.id()));
        Map<String, String> recordOf = new TreeMap<>();
        PricePoints.prices(app.read(PromotionalOffers.prices(live.id())), "subscriptionPricePoint")
                .forEach(now -> recordOf.put(now.territory(), now.id()));
        recordOf.keySet().removeAll(changedTerritories);
        List<String> kept = List.copyOf(recordOf.values());
        Map<String, String> points = new TreeMap<>();
        changedTerritories.forEach(territory -> points.put(territory, point(found, desired, territory,
                wanted.amount(territory).orElseThrow())));
        return List.of(PromotionalOffers.setPrices(live.id(), kept, points));
    }

    @Override
    public List<ApiCall> delete(LiveObject<PurchaseKeys.PromotionalOffer> live, LiveApp app) {
        return List.of(PromotionalOffers.delete(live.id()));
    }

    private static String point(PricePoints.Found found, DesiredObject<PurchaseKeys.PromotionalOffer> desired,
                                String territory, BigDecimal price) {
        return found.point(territory, price, desired.origin(), desired.key().subscription().productId() + " offer "
                + desired.key().offerCode());
    }

    /** The offer's live prices, from its {@code /prices} read with points included. */
    private static TerritoryPrices prices(LiveApp app, String offerId) {
        Map<String, BigDecimal> out = new TreeMap<>();
        PricePoints.prices(app.read(PromotionalOffers.prices(offerId)), "subscriptionPricePoint")
                .forEach(p -> out.put(p.territory(), p.amount()));
        return TerritoryPrices.ofAmounts(out);
    }

    private static Optional<Resource> liveOffer(LiveApp app, String subscriptionId, String offerCode) {
        return app.read(PromotionalOffers.list(subscriptionId)).map(Document::data).orElse(List.of()).stream()
                .filter(o -> o.text("offerCode").orElse("").equals(offerCode))
                .findFirst();
    }
}
