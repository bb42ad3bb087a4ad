package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.purchases.ProductEndpoints;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Auto-renewable subscriptions, matched by product id across the app's groups. A subscription in a group the same
 * apply creates names the group through an {@link IdReference}. Deletion needs {@code policy.prune.subscriptions}.
 * <pre>
 * # purchases.yaml, under a group
 * subscriptions:
 *   - {productId: com.example.notes.plus.monthly, referenceName: Plus Monthly, subscriptionPeriod: ONE_MONTH}
 * </pre>
 */
public final class SubscriptionHandler extends Kind<PurchaseKeys.Subscription> implements Product<PurchaseKeys.Subscription> {
    private static final KindSpec SPEC = new KindSpec("subscription", 14,
            "subscriptions");
    private static final List<AttributeSpec> SPECS = List.of(Purchases.REFERENCE_NAME, AttributeSpec.of("subscriptionPeriod"),
            AttributeSpec.of("groupLevel"), AttributeSpec.of("familySharable"), Purchases.REVIEW_NOTE);

    private static final SubscriptionGroupHandler GROUPS = new SubscriptionGroupHandler();

    public SubscriptionHandler() {
        super(SPEC, SPECS);
    }

    @Override
    public List<DesiredObject<PurchaseKeys.Subscription>> desired(AppSpec app) {
        return Purchases.subscriptions(app).stream()
                .map(s -> new DesiredObject<>(s.key(), SPEC.name(), s.storePath(), s.spec().attributes().values(),
                        s.spec().attributes().sensitive(), s.spec().mark()))
                .toList();
    }

    @Override
    public List<Declared<PurchaseKeys.Subscription>> declared(AppSpec app) {
        return Purchases.subscriptions(app).stream()
                .map(s -> new Declared<>(s.key(), s.storePath(), s.spec().localizations(), s.spec().mark()))
                .toList();
    }

    @Override
    public List<Live<PurchaseKeys.Subscription>> liveParents(LiveApp app) {
        List<Live<PurchaseKeys.Subscription>> out = new ArrayList<>();
        for (Resource group : PurchaseReads.liveGroups(app)) {
            for (Resource s : PurchaseReads.liveSubscriptions(app, group)) {
                String groupName = group.text("referenceName").orElse(group.id());
                s.text("productId").ifPresent(id -> out.add(new Live<>(new PurchaseKeys.Subscription(new PurchaseKeys.Group(app.bundleId(), groupName), id), s,
                        PurchaseReads.subscriptions(group.id()))));
            }
        }
        return out;
    }

    /** Inside its group's item: {@code subscriptionGroups[referenceName=G].subscriptions[productId=P]}. */
    @Override
    public String exportPath(Live<PurchaseKeys.Subscription> parent, LiveApp app, String label) {
        for (Resource group : PurchaseReads.liveGroups(app)) {
            if (PurchaseReads.liveSubscriptions(app, group).stream().anyMatch(s -> s.id().equals(parent.resource().id()))) {
                return Purchases.exportPath(label) + ".subscriptionGroups[referenceName="
                        + group.text("referenceName").orElseThrow() + "].subscriptions[productId="
                        + parent.resource().text("productId").orElseThrow() + "]";
            }
        }
        throw new IllegalStateException("subscription " + parent.key().address() + " is in no live group");
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<PurchaseKeys.Subscription> desired, LiveApp app) {
        return Optional.empty();
    }

    /** The live group's id, or the placeholder for the group the same apply creates (the key names the group). */
    @Override
    public String ownerId(DesiredObject<PurchaseKeys.Subscription> desired, LiveApp app) {
        return GROUPS.idOf(desired.key().group(), app);
    }

    @Override
    public ProductEndpoints endpoints() {
        return ProductEndpoints.SUBSCRIPTIONS;
    }

    @Override
    public boolean existsLive(DesiredObject<PurchaseKeys.Subscription> desired, LiveApp app) {
        return PurchaseReads.liveGroups(app).stream()
                .flatMap(g -> PurchaseReads.liveSubscriptions(app, g).stream())
                .anyMatch(s -> s.text("productId").orElse("").equals(desired.key().productId()));
    }
}
