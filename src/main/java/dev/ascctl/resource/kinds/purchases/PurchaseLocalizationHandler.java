package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.purchases.ProductEndpoints;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Capability;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.ResourceHandler;
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
public final class PurchaseLocalizationHandler implements ResourceHandler {
    private final KindSpec spec;
    private final PurchaseParent parent;
    private final ProductEndpoints endpoints;
    private final String relationship;
    private final String parentPath;
    private final List<String> attributes;

    /**
     * @param relationship the parent's to-many relationship to these localizations, e.g. {@code inAppPurchaseLocalizations}
     * @param attributes   the localized attributes besides {@code locale}
     */
    PurchaseLocalizationHandler(KindSpec spec, PurchaseParent parent, ProductEndpoints endpoints, String relationship,
                                String parentPath, List<String> attributes) {
        this.parentPath = parentPath;
        this.spec = spec;
        this.parent = parent;
        this.endpoints = endpoints;
        this.relationship = relationship;
        this.attributes = List.copyOf(attributes);
    }

    /** Localizations of in-app purchases: name (30) and description (45). */
    public static PurchaseLocalizationHandler inAppPurchases() {
        return new PurchaseLocalizationHandler(new KindSpec("inAppPurchaseLocalization", 11,
                Set.of(Capability.CREATE, Capability.UPDATE, Capability.DELETE), "inAppPurchases"),
                new InAppPurchaseHandler(), ProductEndpoints.IN_APP_PURCHASE_LOCALIZATIONS,
                "inAppPurchaseLocalizations", "/v2/inAppPurchases", List.of("name", "description"));
    }

    /** Localizations of subscription groups: name and customAppName. */
    public static PurchaseLocalizationHandler subscriptionGroups() {
        return new PurchaseLocalizationHandler(new KindSpec("subscriptionGroupLocalization", 13,
                Set.of(Capability.CREATE, Capability.UPDATE, Capability.DELETE), "subscriptions"),
                new SubscriptionGroupHandler(), ProductEndpoints.SUBSCRIPTION_GROUP_LOCALIZATIONS,
                "subscriptionGroupLocalizations", "/v1/subscriptionGroups", List.of("name", "customAppName"));
    }

    /** Localizations of subscriptions: name (30) and description (45). */
    public static PurchaseLocalizationHandler subscriptions() {
        return new PurchaseLocalizationHandler(new KindSpec("subscriptionLocalization", 15,
                Set.of(Capability.CREATE, Capability.UPDATE, Capability.DELETE), "subscriptions"),
                new SubscriptionHandler(), ProductEndpoints.SUBSCRIPTION_LOCALIZATIONS,
                "subscriptionLocalizations", "/v1/subscriptions", List.of("name", "description"));
    }

    @Override
    public KindSpec spec() {
        return spec;
    }

    @Override
    public List<DesiredObject> desired(AppSpec app) {
        List<DesiredObject> out = new ArrayList<>();
        for (PurchaseParent.Declared p : parent.declared(app)) {
            p.localizations().forEach((locale, text) -> out.add(new DesiredObject(p.address().child("locale", locale),
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
    public List<DesiredObject> export(LiveApp app, String label) {
        List<DesiredObject> out = new ArrayList<>();
        for (PurchaseParent.Live p : parent.liveParents(app)) {
            String parentPath = parent.exportPath(p, app, label);
            for (Resource loc : PurchaseReads.localizations(app, p.read(), p.resource(), relationship)) {
                loc.text("locale").ifPresent(locale -> out.add(new DesiredObject(p.address().child("locale", locale),
                        spec.name(), parentPath + ".localizations." + locale, Purchases.exported(loc, attributes),
                        Set.of(), null)));
            }
        }
        return out;
    }

    @Override
    public List<LiveObject> live(LiveApp app, AppSpec spec) {
        Set<Address> declared = new java.util.HashSet<>();
        parent.declared(spec).forEach(d -> declared.add(d.address()));
        List<LiveObject> out = new ArrayList<>();
        for (PurchaseParent.Live p : parent.liveParents(app)) {
            if (!declared.contains(p.address())) {
                continue;
            }
            String blocked = parent.blockedReason(p.resource()).orElse(null);
            for (Resource loc : PurchaseReads.localizations(app, p.read(), p.resource(), relationship)) {
                loc.text("locale").ifPresent(locale -> out.add(new LiveObject(p.address().child("locale", locale),
                        this.spec.name(), loc.id(), Purchases.pick(loc, attributes), blocked)));
            }
        }
        return out;
    }

    @Override
    public Optional<String> createRefusal(DesiredObject desired, LiveApp app) {
        return liveParent(desired, app).flatMap(p -> parent.blockedReason(p.resource()));
    }

    @Override
    public List<ApiCall> create(DesiredObject desired, LiveApp app) {
        ObjectNode body = Purchases.object(desired.attributes());
        body.put("locale", locale(desired));
        return List.of(endpoints.create(parentId(desired, app), body));
    }

    @Override
    public List<ApiCall> update(DesiredObject desired, LiveObject live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(endpoints.update(live.id(), Purchases.object(changed)));
    }

    @Override
    public List<ApiCall> delete(LiveObject live, LiveApp app) {
        return List.of(endpoints.delete(live.id()));
    }

    @Override
    public Optional<AdoptionCheck> adoptionCheck(DesiredObject desired, LiveApp app) {
        return Optional.of(new AdoptionCheck(parentPath + "/" + parentId(desired, app) + "/" + relationship,
                "locale", locale(desired)));
    }

    /** The live parent's id, or the placeholder for the parent the same apply creates. */
    private String parentId(DesiredObject desired, LiveApp app) {
        return liveParent(desired, app).map(p -> p.resource().id()).orElse(IdReference.token(parentAddress(desired)));
    }

    private Optional<PurchaseParent.Live> liveParent(DesiredObject desired, LiveApp app) {
        Address parentAddress = parentAddress(desired);
        return parent.liveParents(app).stream().filter(p -> p.address().equals(parentAddress)).findFirst();
    }

    private static Address parentAddress(DesiredObject desired) {
        String value = desired.address().value();
        return Address.parse(value.substring(0, value.lastIndexOf(".locale[")));
    }

    private static String locale(DesiredObject desired) {
        String value = desired.address().value();
        return value.substring(value.lastIndexOf(".locale[") + ".locale[".length(), value.length() - 1);
    }
}
