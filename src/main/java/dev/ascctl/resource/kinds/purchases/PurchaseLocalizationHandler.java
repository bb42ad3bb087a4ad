package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.kinds.LocaleKey;
import dev.ascctl.resource.KindKey;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.purchases.ProductEndpoints;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The customer-facing text of an in-app purchase, a subscription group or a subscription, one object per locale.
 * A localization of a parent the same apply creates names the parent through an {@link IdReference}. Only
 * localizations of declared parents are compared: a parent missing from the YAML is pruned whole, or left alone.
 * <pre>
 * localizations:
 *   en-US: {name: Notes Pro, description: Every feature, forever.}
 * </pre>
 */
public final class PurchaseLocalizationHandler<P extends KindKey> implements Creatable<LocaleKey<P>>, Updatable<LocaleKey<P>>, Deletable<LocaleKey<P>> {
    private final KindSpec spec;
    private final PurchaseParent<P> parent;
    private final ProductEndpoints endpoints;
    private final String relationship;
    private final String parentPath;
    private final List<String> attributes;

    /**
     * @param relationship the parent's to-many relationship to these localizations, e.g. {@code inAppPurchaseLocalizations}
     * @param attributes   the localized attributes besides {@code locale}
     */
    PurchaseLocalizationHandler(KindSpec spec, PurchaseParent<P> parent, ProductEndpoints endpoints, String relationship,
                                String parentPath, List<String> attributes) {
        this.parentPath = parentPath;
        this.spec = spec;
        this.parent = parent;
        this.endpoints = endpoints;
        this.relationship = relationship;
        this.attributes = List.copyOf(attributes);
    }

    /** Localizations of in-app purchases: name (30) and description (45). */
    public static PurchaseLocalizationHandler<PurchaseKeys.Iap> inAppPurchases() {
        return new PurchaseLocalizationHandler<>(new KindSpec("inAppPurchaseLocalization", 11,
                "inAppPurchases"),
                new InAppPurchaseHandler(), ProductEndpoints.IN_APP_PURCHASE_LOCALIZATIONS,
                "inAppPurchaseLocalizations", "/v2/inAppPurchases", List.of("name", "description"));
    }

    /** Localizations of subscription groups: name and customAppName. */
    public static PurchaseLocalizationHandler<PurchaseKeys.Group> subscriptionGroups() {
        return new PurchaseLocalizationHandler<>(new KindSpec("subscriptionGroupLocalization", 13,
                "subscriptions"),
                new SubscriptionGroupHandler(), ProductEndpoints.SUBSCRIPTION_GROUP_LOCALIZATIONS,
                "subscriptionGroupLocalizations", "/v1/subscriptionGroups", List.of("name", "customAppName"));
    }

    /** Localizations of subscriptions: name (30) and description (45). */
    public static PurchaseLocalizationHandler<PurchaseKeys.Subscription> subscriptions() {
        return new PurchaseLocalizationHandler<>(new KindSpec("subscriptionLocalization", 15,
                "subscriptions"),
                new SubscriptionHandler(), ProductEndpoints.SUBSCRIPTION_LOCALIZATIONS,
                "subscriptionLocalizations", "/v1/subscriptions", List.of("name", "description"));
    }

    @Override
    public KindSpec spec() {
        return spec;
    }

    @Override
    public List<DesiredObject<LocaleKey<P>>> desired(AppSpec app) {
        List<DesiredObject<LocaleKey<P>>> out = new ArrayList<>();
        for (PurchaseParent.Declared<P> p : parent.declared(app)) {
            p.localizations().forEach((locale, text) -> out.add(new DesiredObject<>(new LocaleKey<>(p.key(), locale),
                    spec.name(), p.storePath() + ".localizations." + locale, text.values(), text.sensitive(),
                    text.marks().values().stream().findFirst().orElse(p.mark()))));
        }
        return out;
    }

    @Override
    public List<dev.ascctl.asc.ApiQuery> exportReads(LiveApp app) {
        return PurchaseReads.forExport(app);
    }

    /** Every live localization of every live parent, under the parent's item: {@code localizations.<locale>}. */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (PurchaseParent.Live<P> p : parent.liveParents(app)) {
            String parentPath = parent.exportPath(p, app, label);
            for (Resource loc : PurchaseReads.localizations(app, p.read(), p.resource(), relationship)) {
                loc.text("locale").ifPresent(locale -> out.add(new ExportedObject(parentPath + ".localizations." + locale, Purchases.exported(loc, attributes),
                        Set.of())));
            }
        }
        return out;
    }

    @Override
    public List<LiveObject<LocaleKey<P>>> live(LiveApp app, AppSpec spec) {
        Set<P> declared = new java.util.HashSet<>();
        parent.declared(spec).forEach(d -> declared.add(d.key()));
        List<LiveObject<LocaleKey<P>>> out = new ArrayList<>();
        for (PurchaseParent.Live<P> p : parent.liveParents(app)) {
            if (!declared.contains(p.key())) {
                continue;
            }
            String blocked = parent.blockedReason(p.resource()).orElse(null);
            for (Resource loc : PurchaseReads.localizations(app, p.read(), p.resource(), relationship)) {
                loc.text("locale").ifPresent(locale -> out.add(new LiveObject<>(new LocaleKey<>(p.key(), locale),
                        this.spec.name(), loc.id(), Purchases.pick(loc, attributes), blocked)));
            }
        }
        return out;
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<LocaleKey<P>> desired, LiveApp app) {
        return liveParent(desired, app).flatMap(p -> parent.blockedReason(p.resource()));
    }

    @Override
    public List<ApiCall> create(DesiredObject<LocaleKey<P>> desired, LiveApp app) {
        ObjectNode body = Purchases.object(desired.attributes());
        body.put("locale", desired.key().locale());
        return List.of(endpoints.create(parentId(desired, app), body));
    }

    @Override
    public List<ApiCall> update(DesiredObject<LocaleKey<P>> desired, LiveObject<LocaleKey<P>> live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(endpoints.update(live.id(), Purchases.object(changed)));
    }

    @Override
    public List<ApiCall> delete(LiveObject<LocaleKey<P>> live, LiveApp app) {
        return List.of(endpoints.delete(live.id()));
    }

    @Override
    public Optional<AdoptionCheck> adoptionCheck(DesiredObject<LocaleKey<P>> desired, LiveApp app) {
        return Optional.of(new AdoptionCheck(parentPath + "/" + parentId(desired, app) + "/" + relationship,
                "locale", desired.key().locale()));
    }

    /** The live parent's id, or the placeholder for the parent the same apply creates. */
    private String parentId(DesiredObject<LocaleKey<P>> desired, LiveApp app) {
        return liveParent(desired, app).map(p -> p.resource().id()).orElse(IdReference.token(desired.key().parent().address()));
    }

    private Optional<PurchaseParent.Live<P>> liveParent(DesiredObject<LocaleKey<P>> desired, LiveApp app) {
        return parent.liveParents(app).stream().filter(p -> p.key().equals(desired.key().parent())).findFirst();
    }
}
