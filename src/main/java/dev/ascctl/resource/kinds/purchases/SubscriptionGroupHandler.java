package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.purchases.ProductEndpoints;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.StoreText;
import dev.ascctl.resource.Values;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.TextLimits;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Subscription groups, matched by reference name (the name is the key, so it is never "changed"; a renamed group
 * is a new group). Deletion needs {@code policy.prune.subscriptions}; Apple deletes only empty groups.
 * <pre>
 * # purchases.yaml
 * subscriptionGroups:
 *   - referenceName: Notes Plus
 * </pre>
 */
public final class SubscriptionGroupHandler extends Kind<PurchaseKeys.Group> implements PurchaseParent<PurchaseKeys.Group>, Creatable<PurchaseKeys.Group>, Deletable<PurchaseKeys.Group>, StoreText {
    private static final KindSpec SPEC = new KindSpec("subscriptionGroup", 12,
            "subscriptions");
    private static final List<AttributeSpec> SPECS = List.of(AttributeSpec.of("referenceName")
            .limit(Purchases.REFERENCE_NAME_LIMIT));

    public SubscriptionGroupHandler() {
        super(SPEC, SPECS);
    }

    @Override
    public Optional<TextLimits.Place> textPlace() {
        return Optional.of(TextLimits.Place.SUBSCRIPTION_GROUP);
    }

    @Override
    public List<DesiredObject<PurchaseKeys.Group>> desired(AppSpec app) {
        return app.purchases().subscriptionGroups().stream().map(g -> desiredObject(new PurchaseKeys.Group(
                app.bundleId(), g.referenceName()), Purchases.storePath(app, "subscriptionGroups", g.referenceName()),
                Values.attributes("referenceName", g.referenceName()), g.mark())).toList();
    }

    @Override
    public List<Declared<PurchaseKeys.Group>> declared(AppSpec app) {
        return app.purchases().subscriptionGroups().stream()
                .map(g -> new Declared<>(new PurchaseKeys.Group(app.bundleId(), g.referenceName()),
                        Purchases.storePath(app, "subscriptionGroups", g.referenceName()), g.localizations(), g.mark()))
                .toList();
    }

    @Override
    public List<Live<PurchaseKeys.Group>> liveParents(LiveApp app) {
        ApiQuery read = PurchaseReads.groups(app);
        return PurchaseReads.liveGroups(app).stream()
                .filter(r -> r.text("referenceName").isPresent())
                .map(r -> new Live<>(new PurchaseKeys.Group(app.bundleId(), r.text("referenceName").get()), r, read))
                .toList();
    }

    @Override
    public String exportPath(Live<PurchaseKeys.Group> parent, LiveApp app, String label) {
        return Purchases.exportPath(label) + ".subscriptionGroups[referenceName="
                + parent.resource().text("referenceName").orElseThrow() + "]";
    }

    /** Every live group as an item of {@code subscriptionGroups}; its reference name is all it has. */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        return liveParents(app).stream()
                .map(p -> new ExportedObject(exportPath(p, app, label), Map.of(), Set.of()))
                .toList();
    }

    @Override
    public List<LiveObject<PurchaseKeys.Group>> live(LiveApp app, AppSpec spec) {
        return liveParents(app).stream().map(p -> liveObject(p.key(), p.resource().id(), Handlers.pick(p.resource(),
                List.of("referenceName")), null)).toList();
    }

    @Override
    public Optional<String> blockedReason(Resource parent) {
        return Optional.empty();
    }

    @Override
    public List<ApiCall> create(DesiredObject<PurchaseKeys.Group> desired, LiveApp app) {
        return List.of(ProductEndpoints.SUBSCRIPTION_GROUPS.create(app.app().id(), Handlers.object(desired.attributes())));
    }

    @Override
    public List<ApiCall> delete(LiveObject<PurchaseKeys.Group> live, LiveApp app) {
        return List.of(ProductEndpoints.SUBSCRIPTION_GROUPS.delete(live.id()));
    }

    @Override
    public Optional<String> deleteRefusal(LiveObject<PurchaseKeys.Group> live, AppSpec spec) {
        // Subscriptions of a group missing from the YAML are not declared either, so they are pruned in the same
        // apply; a group whose subscriptions Apple keeps (approved ones) stays, and the plan says why.
        return Optional.empty();
    }

    @Override
    public Optional<AdoptionCheck> adoptionCheck(DesiredObject<PurchaseKeys.Group> desired, LiveApp app) {
        return Optional.of(new AdoptionCheck("/v1/apps/" + app.app().id() + "/subscriptionGroups", "referenceName",
                desired.attributes().get("referenceName").asString()));
    }
}
