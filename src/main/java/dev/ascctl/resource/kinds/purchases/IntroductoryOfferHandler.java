package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.purchases.SubscriptionIntroductoryOffers;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.Values;
import dev.ascctl.resource.Writes;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.IntroductoryOfferSpec;
import dev.ascctl.store.SubscriptionSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A subscription's introductory offer in one territory ({@code ...subscription[P].introductoryOffer[USA]}), keyed
 * by territory because Apple allows one per territory at a time. Attributes: {@code offerMode}, {@code duration},
 * {@code numberOfPeriods}, {@code customerPrice} (null for FREE_TRIAL) and {@code endDate}.
 *
 * <p>Apple lets only {@code endDate} change on an existing offer (SubscriptionIntroductoryOfferUpdateRequest), so
 * the other attributes are declared {@code replacing}: a change of one is planned as a replace ({@code -/+}), a
 * DELETE of the old offer and a POST of the new one, in that order (Apple refuses a second offer in the same
 * territory). If the POST fails after the DELETE, the territory has no offer until the
 * next apply creates it: nothing is left half-made. Offers in territories the YAML no longer lists are deleted only
 * with {@code policy.prune.introductoryOffers}, and only for subscriptions whose YAML has the key.
 *
 * <p>Reads: one {@code /v1/subscriptions/{id}/introductoryOffers} per live subscription whose YAML declares offers
 * (territory and price point included, so the price comes with it); then, only for a paid offer being created or
 * replaced, the subscription's price points in that territory (one read per subscription, shared with its prices
 * and promotional offers: {@link SubscriptionPoints}). A
 * offer of a subscription the same apply creates is created in that apply (an {@code {{id:...}}} placeholder);
 * a paid one's price point is shown as {@code (known after apply)} and read once the subscription exists.
 * <pre>
 * introductoryOffers:
 *   - {territory: USA, offerMode: FREE_TRIAL, duration: ONE_WEEK, numberOfPeriods: 1}
 *   - {territory: GBR, offerMode: PAY_UP_FRONT, duration: ONE_MONTH, numberOfPeriods: 1, price: "0.99"}
 * </pre>
 */
public final class IntroductoryOfferHandler extends SubscriptionPartKind<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> implements Creatable<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>, Updatable<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>, Deletable<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> {
    private static final KindSpec SPEC = new KindSpec("introductoryOffer", 17,
            "introductoryOffers");
    private static final String MODE = "offerMode";
    private static final String DURATION = "duration";
    private static final String PERIODS = "numberOfPeriods";
    private static final String PRICE = "customerPrice";
    private static final String END = "endDate";
    private static final String KEY = "introductoryOffer";
    private static final List<AttributeSpec> ATTRIBUTES = List.of(AttributeSpec.of(MODE).replacing(),
            AttributeSpec.of(DURATION).replacing(), AttributeSpec.of(PERIODS).replacing(),
            AttributeSpec.of(PRICE).asDecimal().replacing(), AttributeSpec.of(END));
    /** For {@link #territoriesToSet}: offers compare as the kind compares them (after the fields it is built from). */
    private static final IntroductoryOfferHandler INSTANCE = new IntroductoryOfferHandler();

    public IntroductoryOfferHandler() {
        super(SPEC, ATTRIBUTES, s -> s.introductoryOffers() != null, SubscriptionIntroductoryOffers::list);
    }

    @Override
    public List<DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>> desired(AppSpec app) {
        List<DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>> out = new ArrayList<>();
        for (Purchases.StoreSubscription s : Purchases.subscriptions(app)) {
            if (s.spec().introductoryOffers() != null) {
                for (IntroductoryOfferSpec offer : s.spec().introductoryOffers().values()) {
                    out.add(desiredObject(new PurchaseKeys.InTerritory<>(s.key(), KEY, offer.territory()),
                            s.storePath() + ".introductoryOffers." + offer.territory(), attributes(offer), offer.mark()));
                }
            }
        }
        return out;
    }

    /** The territories of paid offers to create or replace (so needing a point), once the offers are read. */
    static Set<String> territoriesToSet(LiveApp app, SubscriptionSpec spec, String subscriptionId) {
        Map<String, Map<String, JsonNode>> live = liveOffers(app, subscriptionId);
        Set<String> out = new java.util.TreeSet<>();
        for (IntroductoryOfferSpec offer : spec.introductoryOffers().values()) {
            Map<String, JsonNode> now = live.get(offer.territory());
            if (!offer.isFree() && (now == null || INSTANCE.needsReplacing(attributes(offer), now))) {
                out.add(offer.territory());
            }
        }
        return out;
    }

    @Override
    public List<LiveObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>>> out = new ArrayList<>();
        for (PurchaseReads.DeclaredSubscription d : declared(app, spec)) {
            liveOffers(app, d.live().id()).forEach((territory, attributes) -> out.add(liveObject(
                    new PurchaseKeys.InTerritory<>(d.key(spec), KEY, territory), attributes.remove("id").asString(),
                    attributes, Purchases.reviewBlock(d.live()).orElse(null))));
        }
        return out;
    }

    @Override
    public List<ApiCall> create(DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> desired, LiveApp app) {
        return createWrites(desired, app).calls();
    }

    /** A paid offer of a subscription this apply creates: its price point is read once the subscription exists. */
    @Override
    public Writes createWrites(DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> desired, LiveApp app) {
        PricePoints.Found found = PricePoints.Found.of(desired.key().product(), app);
        String territory = desired.key().territory();
        Map<String, JsonNode> a = desired.attributes();
        String point = a.get(PRICE).isNull() ? null : found.point(territory, new BigDecimal(a.get(PRICE).asString()),
                desired.origin(), desired.key().product().productId());
        // After the new subscription's own price in the territory: App Store Connect asks for a subscription's
        // price before its offers [observed in its web UI; the spec does not say].
        return found.writes(List.of(SubscriptionIntroductoryOffers.create(found.id(), territory,
                a.get(MODE).asString(), a.get(DURATION).asString(), a.get(PERIODS).asInt(), point,
                a.get(END).isNull() ? null : a.get(END).asString())),
                List.of(SubscriptionPriceHandler.priceAddress(desired.key().product(), territory)));
    }

    /** Only {@code endDate} changes in place; a change of any other attribute is planned as a replace. */
    @Override
    public List<ApiCall> update(DesiredObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> desired, LiveObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> live, Map<String, JsonNode> changed, LiveApp app) {
        JsonNode end = desired.attributes().get(END);
        return List.of(SubscriptionIntroductoryOffers.setEndDate(live.id(), end.isNull() ? null : end.asString()));
    }

    @Override
    public List<ApiCall> delete(LiveObject<PurchaseKeys.InTerritory<PurchaseKeys.Subscription>> live, LiveApp app) {
        return List.of(SubscriptionIntroductoryOffers.delete(live.id()));
    }

    /** Each live subscription with offers gets its {@code introductoryOffers} list, by territory. */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (PurchaseParent.Live s : SUBSCRIPTIONS.liveParents(app)) {
            Map<String, Map<String, JsonNode>> offers = liveOffers(app, s.resource().id());
            if (offers.isEmpty()) {
                continue;
            }
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            new java.util.TreeMap<>(offers).forEach((territory, a) -> {
                ObjectNode item = list.addObject().put("territory", territory);
                // Apple's attributes under the YAML's keys (the price is "price"); no price or end date left out.
                a.forEach((name, value) -> {
                    if (!name.equals("id") && !(value.isNull() && (name.equals(PRICE) || name.equals(END)))) {
                        item.set(name.equals(PRICE) ? "price" : name, value);
                    }
                });
            });
            out.add(new ExportedObject(SUBSCRIPTIONS.exportPath(s, app, label),
                    Map.of("introductoryOffers", list), Set.of()));
        }
        return out;
    }

    /** Whether the offer differs in anything but endDate (which Apple changes in place). */
    private boolean needsReplacing(Map<String, JsonNode> desired, Map<String, JsonNode> live) {
        return attributes().stream().filter(AttributeSpec::requiresReplace)
                .anyMatch(a -> !a.same(desired.get(a.name()), live.get(a.name())));
    }

    private static Map<String, JsonNode> attributes(IntroductoryOfferSpec offer) {
        return Values.attributes(MODE, offer.offerMode(), DURATION, offer.duration(), PERIODS, offer.numberOfPeriods(),
                PRICE, offer.price(), END, offer.endDate());
    }

    /** Territory → attributes (plus the offer's {@code id}) of the subscription's live offers, once read. */
    private static Map<String, Map<String, JsonNode>> liveOffers(LiveApp app, String subscriptionId) {
        Map<String, Map<String, JsonNode>> out = new LinkedHashMap<>();
        Document doc = app.read(SubscriptionIntroductoryOffers.list(subscriptionId)).orElse(null);
        if (doc == null) {
            return out;
        }
        for (Resource offer : doc.data()) {
            Optional<String> territory = PurchaseReads.linked(offer, "territory").map(Linkage::id);
            if (territory.isEmpty()) {
                continue;
            }
            out.put(territory.get(), Values.attributes("id", offer.id(), MODE, valueOrNull(offer, MODE), DURATION,
                    valueOrNull(offer, DURATION), PERIODS, valueOrNull(offer, PERIODS), PRICE, PricePoints.customerPrice(
                            doc, offer, "subscriptionPricePoint").map(BigDecimal::toPlainString).orElse(null),
                    END, valueOrNull(offer, END)));
        }
        return out;
    }

    private static JsonNode valueOrNull(Resource resource, String name) {
        JsonNode value = resource.attribute(name);
        return value == null || value.isMissingNode() || value.isNull() ? NullNode.getInstance() : value;
    }
}
