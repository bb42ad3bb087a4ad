package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.purchases.SubscriptionPlanAvailabilities;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.InAppPurchaseAvailabilitySpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.StringNode;

/**
 * Where a subscription is sold ({@code app[b].subscriptionGroup[G].subscription[P].availability}), with the rules of
 * the app's own availability: the territories the YAML lists are added, {@code availableInNewTerritories} is set,
 * and a territory sold but not listed is taken off sale only by pruning (the other kind,
 * {@link SubscriptionOffSaleHandler}, under the deletion banner with {@code policy.prune.territories}).
 * <pre>
 * subscriptions:
 *   - productId: com.example.notes.plus.monthly
 *     availability: {territories: [USA, GBR], availableInNewTerritories: true}
 * </pre>
 * Apple 4.4.1 deprecates {@code subscriptionAvailabilities}; this uses {@code subscriptionPlanAvailabilities}, one per
 * subscription and plan type. The kind manages the {@code UPFRONT} plan, the one every subscription has (billed each
 * period); Apple's {@code MONTHLY} plan (a year's commitment billed monthly) is left alone.
 *
 * <p>Reads, only for live subscriptions whose YAML has {@code availability}: one per subscription, its availabilities
 * with up to 50 territories included; a list of 50 may be longer, so then its territories whole (one more). Writes:
 * the first availability is one POST (a subscription created in the same apply is named by its placeholder id); a
 * change is one PATCH carrying the flag and the territories (the YAML's and those still sold).
 */
public final class SubscriptionAvailabilityHandler extends Kind<PartKey<PurchaseKeys.Subscription>> implements
        StraightReads, StraightReads.ForExport, Creatable<PartKey<PurchaseKeys.Subscription>>,
        Updatable<PartKey<PurchaseKeys.Subscription>> {
    private static final SubscriptionHandler SUBSCRIPTIONS = new SubscriptionHandler();
    private static final KindSpec SPEC = new KindSpec("subscriptionAvailability", 17, null);
    static final String PLAN = "UPFRONT";
    static final String TERRITORIES = "territories";
    static final String IN_NEW = "availableInNewTerritories";

    public SubscriptionAvailabilityHandler() {
        super(SPEC, AttributeSpec.plain(TERRITORIES, IN_NEW));
    }

    static PartKey<PurchaseKeys.Subscription> key(PurchaseKeys.Subscription subscription) {
        return new PartKey<>(subscription, "availability");
    }

    @Override
    public List<DesiredObject<PartKey<PurchaseKeys.Subscription>>> desired(AppSpec app) {
        List<DesiredObject<PartKey<PurchaseKeys.Subscription>>> out = new ArrayList<>();
        for (Purchases.StoreSubscription s : Purchases.subscriptions(app)) {
            InAppPurchaseAvailabilitySpec a = s.spec().availability();
            if (a != null) {
                Map<String, JsonNode> attributes = new LinkedHashMap<>();
                attributes.put(TERRITORIES, StringNode.valueOf(String.join(", ", a.territories())));
                attributes.put(IN_NEW, BooleanNode.valueOf(a.availableInNewTerritories()));
                out.add(new DesiredObject<>(key(s.key()), SPEC.name(), s.storePath() + ".availability", attributes,
                        Set.of(), a.mark()));
            }
        }
        return out;
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        readAll(app, spec, reads);
    }

    /** The reads both subscription availability kinds need (asked by both, read once). */
    static void readAll(LiveApp app, AppSpec spec, Reads reads) {
        if (Purchases.subscriptions(spec).stream().noneMatch(s -> s.spec().availability() != null)) {
            return;
        }
        PurchaseReads.readSubscriptions(app, reads);
        for (PurchaseReads.DeclaredSubscription d : declared(app, spec)) {
            Document doc = reads.get(SubscriptionPlanAvailabilities.ofSubscription(d.live().id()));
            upfront(doc).ifPresent(a -> {
                if (included(a).size() >= SubscriptionPlanAvailabilities.INCLUDED_TERRITORIES) {
                    reads.get(SubscriptionPlanAvailabilities.territories(a.id()));
                }
            });
        }
    }

    /** What {@code import} reads: every live subscription's availabilities. */
    @Override
    public void readForExport(LiveApp app, Reads reads) {
        PurchaseReads.readSubscriptions(app, reads);
        for (PurchaseParent.Live<?> s : SUBSCRIPTIONS.liveParents(app)) {
            Document doc = reads.get(SubscriptionPlanAvailabilities.ofSubscription(s.resource().id()));
            upfront(doc).filter(a -> included(a).size() >= SubscriptionPlanAvailabilities.INCLUDED_TERRITORIES)
                    .ifPresent(a -> reads.get(SubscriptionPlanAvailabilities.territories(a.id())));
        }
    }

    /** {@code availability: {territories, availableInNewTerritories}} of every subscription that has one. */
    @Override
    public List<dev.ascctl.resource.ExportedObject> export(LiveApp app, String label) {
        List<dev.ascctl.resource.ExportedObject> out = new ArrayList<>();
        for (PurchaseParent.Live s : SUBSCRIPTIONS.liveParents(app)) {
            live(app, s.resource().id()).ifPresent(l -> {
                tools.jackson.databind.node.ObjectNode node = tools.jackson.databind.node.JsonNodeFactory.instance
                        .objectNode();
                l.territories().forEach(node.putArray(TERRITORIES)::add);
                node.put(IN_NEW, l.inNew());
                out.add(new dev.ascctl.resource.ExportedObject(SUBSCRIPTIONS.exportPath(s, app, label),
                        Map.of("availability", node), Set.of()));
            });
        }
        return out;
    }

    static List<PurchaseReads.DeclaredSubscription> declared(LiveApp app, AppSpec spec) {
        return PurchaseReads.declaredSubscriptions(app, spec, s -> s.availability() != null);
    }

    /** A live subscription's managed availability and the territories it is sold in, once read. */
    record Live(Resource availability, TreeSet<String> territories) {
        boolean inNew() {
            return availability.attribute(IN_NEW).asBoolean(false);
        }
    }

    static Optional<Live> live(LiveApp app, String subscriptionId) {
        return app.read(SubscriptionPlanAvailabilities.ofSubscription(subscriptionId)).flatMap(doc -> upfront(doc)
                .map(a -> {
                    List<Linkage> listed = included(a);
                    TreeSet<String> codes = new TreeSet<>();
                    Optional<Document> whole = listed.size() >= SubscriptionPlanAvailabilities.INCLUDED_TERRITORIES
                            ? app.read(SubscriptionPlanAvailabilities.territories(a.id())) : Optional.empty();
                    if (whole.isPresent()) {
                        whole.get().data().forEach(t -> codes.add(t.id()));
                    } else {
                        listed.forEach(l -> codes.add(l.id()));
                    }
                    return new Live(a, codes);
                }));
    }

    /** The UPFRONT plan's availability (one without a plan type is taken as it: Apple's older ones have none). */
    private static Optional<Resource> upfront(Document doc) {
        return doc.data().stream().filter(a -> a.text("planType").map(PLAN::equals).orElse(true)).findFirst();
    }

    private static List<Linkage> included(Resource availability) {
        return availability.relationship(TERRITORIES_RELATIONSHIP).flatMap(r -> r.data()).orElse(List.of());
    }

    static final String TERRITORIES_RELATIONSHIP = "availableTerritories";

    @Override
    public List<LiveObject<PartKey<PurchaseKeys.Subscription>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PartKey<PurchaseKeys.Subscription>>> out = new ArrayList<>();
        for (PurchaseReads.DeclaredSubscription d : declared(app, spec)) {
            live(app, d.live().id()).ifPresent(l -> {
                // As the app's availability: only what the YAML lists is compared; taking off sale is pruning's.
                Set<String> sold = new TreeSet<>(l.territories());
                sold.retainAll(d.spec().availability().territories());
                Map<String, JsonNode> attributes = new LinkedHashMap<>();
                attributes.put(TERRITORIES, StringNode.valueOf(String.join(", ", sold)));
                attributes.put(IN_NEW, BooleanNode.valueOf(l.inNew()));
                out.add(new LiveObject<>(key(d.key(spec)), SPEC.name(), l.availability().id(), attributes,
                        Purchases.reviewBlock(d.live()).orElse(null)));
            });
        }
        return out;
    }

    @Override
    public List<ApiCall> create(DesiredObject<PartKey<PurchaseKeys.Subscription>> desired, LiveApp app) {
        String subscriptionId = PurchaseReads.liveSubscription(app, desired.key().parent().productId())
                .map(Resource::id).orElse(IdReference.token(desired.key().parent().address()));
        return List.of(SubscriptionPlanAvailabilities.create(subscriptionId, PLAN, territories(desired),
                desired.attributes().get(IN_NEW).asBoolean()));
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<PurchaseKeys.Subscription>> desired,
                                LiveObject<PartKey<PurchaseKeys.Subscription>> live, Map<String, JsonNode> changed,
                                LiveApp app) {
        Set<String> sold = new TreeSet<>(territories(desired));
        PurchaseReads.liveSubscription(app, desired.key().parent().productId())
                .flatMap(s -> live(app, s.id())).ifPresent(l -> sold.addAll(l.territories()));
        return List.of(SubscriptionPlanAvailabilities.update(live.id(), sold,
                desired.attributes().get(IN_NEW).asBoolean()));
    }

    private static Set<String> territories(DesiredObject<?> desired) {
        String text = desired.attributes().get(TERRITORIES).asString();
        return text.isEmpty() ? new TreeSet<>() : new TreeSet<>(List.of(text.split(", ")));
    }
}
