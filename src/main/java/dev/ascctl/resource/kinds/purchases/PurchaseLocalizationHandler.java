package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.endpoint.purchases.ProductEndpoints;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LocalizationKind;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.kinds.LocaleKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.TextLimits;
import java.util.List;
import java.util.Optional;

/**
 * The customer-facing text of an in-app purchase, a subscription group or a subscription, one object per locale in
 * the product's {@code localizations: {en-US: {name: Notes Pro, description: Every feature, forever.}}}. A
 * localization of a parent the same apply creates names it through an {@link IdReference}. Only localizations of
 * declared parents are compared: a parent missing from the YAML is pruned whole, or left alone.
 */
public final class PurchaseLocalizationHandler<P extends KindKey> extends LocalizationKind<P, LocaleKey<P>>
        implements StraightReads.ForExport {
    private final PurchaseParent<P> parent;

    /**
     * A product's display name at most 30 characters, its description at most 45: App Store Connect Help, "In-app
     * purchase information" and "Auto-renewable subscription information" (the spec declares no maxLength).
     */
    private static final List<AttributeSpec> PRODUCT_TEXT = List.of(AttributeSpec.of("name").limit(30),
            AttributeSpec.of("description").limit(45));

    private PurchaseLocalizationHandler(String kind, int rank, String pruneKey, PurchaseParent<P> parent,
                                        ProductEndpoints calls, String parentPath, String relationship,
                                        List<AttributeSpec> text, TextLimits.Place place) {
        super(new KindSpec(kind, rank, pruneKey), new Api(parentPath, relationship, text, calls::create, calls::update,
                calls::delete).textAt(place), LocaleKey::new);
        this.parent = parent;
    }

    /** Localizations of in-app purchases: name and description. */
    public static PurchaseLocalizationHandler<PurchaseKeys.Iap> inAppPurchases() {
        return new PurchaseLocalizationHandler<>("inAppPurchaseLocalization", 11, "inAppPurchases", new InAppPurchaseHandler(),
                ProductEndpoints.IN_APP_PURCHASE_LOCALIZATIONS, "/v2/inAppPurchases", "inAppPurchaseLocalizations",
                PRODUCT_TEXT, TextLimits.Place.PRODUCT_LOCALIZATION);
    }

    /**
     * A subscription group's display name at most 75 characters: the limit App Store Connect's "Add Localization"
     * dialog of a subscription group counts to (as teams transcribe the form, e.g. github.com/ozzzik/KetoMacroTracker
     * SUBSCRIPTION_GROUP_NAME.md, "Character Limit - Maximum: 75 characters"); Apple's help pages and the spec state
     * no number. Its custom app name at most 30: it stands in for the app's name on the subscription screens, and
     * App Store Connect Help, "App information", limits an app name to 30 characters. Both counted as validate counts.
     */
    private static final List<AttributeSpec> GROUP_TEXT = List.of(AttributeSpec.of("name").limit(75),
            AttributeSpec.of("customAppName").limit(30));

    /** Localizations of subscription groups: name and customAppName. */
    public static PurchaseLocalizationHandler<PurchaseKeys.Group> subscriptionGroups() {
        return new PurchaseLocalizationHandler<>("subscriptionGroupLocalization", 13, "subscriptions",
                new SubscriptionGroupHandler(), ProductEndpoints.SUBSCRIPTION_GROUP_LOCALIZATIONS,
                "/v1/subscriptionGroups", "subscriptionGroupLocalizations", GROUP_TEXT,
                TextLimits.Place.SUBSCRIPTION_GROUP_LOCALIZATION);
    }

    /** Localizations of subscriptions: name and description. */
    public static PurchaseLocalizationHandler<PurchaseKeys.Subscription> subscriptions() {
        return new PurchaseLocalizationHandler<>("subscriptionLocalization", 15, "subscriptions", new SubscriptionHandler(),
                ProductEndpoints.SUBSCRIPTION_LOCALIZATIONS, "/v1/subscriptions", "subscriptionLocalizations",
                PRODUCT_TEXT, TextLimits.Place.PRODUCT_LOCALIZATION);
    }

    @Override
    public List<DesiredObject<LocaleKey<P>>> desired(AppSpec app) {
        return parent.declared(app).stream().flatMap(p -> declared(p.key(), p.storePath() + ".localizations.",
                p.localizations(), p.mark())).toList();
    }

    @Override
    public void readForExport(LiveApp app, Reads reads) {
        PurchaseReads.readAll(app, reads);
    }

    @Override
    protected List<ExportedParent> exportedParents(LiveApp app, String label) {
        return parent.liveParents(app).stream().map(p -> new ExportedParent(parent.exportPath(p, app, label)
                + ".localizations.", PurchaseReads.localizations(app, p.read(), p.resource(), relationship()))).toList();
    }

    @Override
    protected List<LiveParent<P>> liveParents(LiveApp app, AppSpec spec) {
        List<P> declared = parent.declared(spec).stream().map(PurchaseParent.Declared::key).toList();
        return parent.liveParents(app).stream().filter(p -> declared.contains(p.key())).map(p -> new LiveParent<>(p.key(),
                parent.blockedReason(p.resource()).orElse(null),
                PurchaseReads.localizations(app, p.read(), p.resource(), relationship()))).toList();
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<LocaleKey<P>> desired, LiveApp app) {
        return parent.liveParent(desired.key().parent(), app).flatMap(p -> parent.blockedReason(p.resource()));
    }

    /** The live parent's id, or the placeholder for the parent the same apply creates. */
    @Override
    protected String parentId(P key, LiveApp app) {
        return parent.idOf(key, app);
    }
}
