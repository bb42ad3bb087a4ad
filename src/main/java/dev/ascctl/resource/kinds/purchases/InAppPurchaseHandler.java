package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.asc.endpoint.purchases.ProductEndpoints;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.AdoptionCheck;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.store.AppSpec;
import java.util.List;
import java.util.Optional;

/**
 * In-app purchases (Apple's inAppPurchases v2), matched by product id. The type is fixed at creation; deletion
 * needs {@code policy.prune.inAppPurchases} and a product Apple still lets you delete.
 * <pre>
 * # purchases.yaml
 * inAppPurchases:
 *   - {productId: com.example.notes.pro, inAppPurchaseType: NON_CONSUMABLE, referenceName: Notes Pro}
 * </pre>
 */
public final class InAppPurchaseHandler extends Kind<PurchaseKeys.Iap> implements Product<PurchaseKeys.Iap> {
    private static final KindSpec SPEC = new KindSpec("inAppPurchase", 10,
            "inAppPurchases");
    private static final List<AttributeSpec> SPECS = List.of(Purchases.REFERENCE_NAME, AttributeSpec.of("inAppPurchaseType"),
            AttributeSpec.of("familySharable"), Purchases.REVIEW_NOTE);

    public InAppPurchaseHandler() {
        super(SPEC, SPECS);
    }

    @Override
    public List<DesiredObject<PurchaseKeys.Iap>> desired(AppSpec app) {
        return app.purchases().inAppPurchases().stream()
                .map(iap -> new DesiredObject<>(new PurchaseKeys.Iap(app.bundleId(), iap.productId()), SPEC.name(),
                        Purchases.storePath(app, "inAppPurchases", iap.productId()), iap.attributes().values(),
                        iap.attributes().sensitive(), iap.mark()))
                .toList();
    }

    @Override
    public List<Declared<PurchaseKeys.Iap>> declared(AppSpec app) {
        return app.purchases().inAppPurchases().stream()
                .map(iap -> new Declared<>(new PurchaseKeys.Iap(app.bundleId(), iap.productId()),
                        Purchases.storePath(app, "inAppPurchases", iap.productId()), iap.localizations(), iap.mark()))
                .toList();
    }

    @Override
    public List<Live<PurchaseKeys.Iap>> liveParents(LiveApp app) {
        return PurchaseReads.liveInAppPurchases(app).stream()
                .filter(r -> r.text("productId").isPresent())
                .map(r -> new Live<>(new PurchaseKeys.Iap(app.bundleId(), r.text("productId").get()), r, PurchaseReads.inAppPurchases(app)))
                .toList();
    }

    /** The YAML's order: type first, then the names, as in the schema's example. */
    private static final List<String> EXPORT_ORDER = List.of("inAppPurchaseType", "name", "familySharable",
            "reviewNote");

    @Override
    public String exportPath(Live<PurchaseKeys.Iap> parent, LiveApp app, String label) {
        return Purchases.exportPath(label, parent.resource().text("productId").orElseThrow());
    }

    @Override
    public List<String> exportOrder() {
        return EXPORT_ORDER;
    }

    @Override
    public String ownerId(DesiredObject<PurchaseKeys.Iap> desired, LiveApp app) {
        return app.app().id();
    }

    @Override
    public ProductEndpoints endpoints() {
        return ProductEndpoints.IN_APP_PURCHASES;
    }

    @Override
    public boolean existsLive(DesiredObject<PurchaseKeys.Iap> desired, LiveApp app) {
        return liveParent(desired.key(), app).isPresent();
    }

    @Override
    public Optional<String> attributeRefusal(String attribute, DesiredObject<PurchaseKeys.Iap> desired, LiveApp app) {
        if (attribute.equals("inAppPurchaseType") && existsLive(desired, app)) {
            return Optional.of("Apple never changes an in-app purchase's type; declare a new productId instead");
        }
        return Product.super.attributeRefusal(attribute, desired, app);
    }

    @Override
    public Optional<AdoptionCheck> adoptionCheck(DesiredObject<PurchaseKeys.Iap> desired, LiveApp app) {
        return Optional.of(new AdoptionCheck("/v1/apps/" + app.app().id() + "/inAppPurchasesV2", "productId",
                desired.key().productId()));
    }
}
