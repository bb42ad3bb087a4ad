package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.SetsWhole;
import dev.ascctl.resource.Writes;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import java.util.stream.Stream;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.purchases.InAppPurchaseAvailabilities;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.InAppPurchaseAvailabilitySpec;
import dev.ascctl.store.InAppPurchaseSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import dev.ascctl.resource.Values;

/**
 * Where an in-app purchase is sold: one object per product ({@code app[b].iap[com.example.pro].availability}) with
 * two attributes, {@code territories} (a sorted list of TerritoryCodes) and {@code availableInNewTerritories}.
 * Creating or changing it is one {@code POST /v1/inAppPurchaseAvailabilities} with the complete list, since that
 * POST replaces the product's whole availability (asc-api-notes §5). A product the same apply creates gets its
 * availability in that apply: the POST names it with an {@code {{id:...}}} placeholder, so apply orders it after
 * the product's create.
 *
 * <p>Reads: whether a product has an availability, its id and {@code availableInNewTerritories} come with the
 * product list ({@code include=inAppPurchaseAvailability} on the read all purchase kinds share), so they cost no
 * request; a product with none has {@code data: null} there (and the to-one path would answer 404). Then one
 * read per product whose YAML declares an availability and that has one live: its territories, limit 200 (Apple
 * has 175, so one page). That is the floor: the product list offers no {@code limit[availableTerritories]}, so
 * territories never come inline.
 *
 * <p>An availability removed from the YAML is left as it is: Apple has no DELETE for it. Exported by {@code import}
 * as {@code availability: {territories, availableInNewTerritories}} of every product that has one.
 * <pre>
 * inAppPurchases:
 *   - productId: com.example.notes.pro
 *     availability: {territories: [GBR, USA], availableInNewTerritories: true}
 * </pre>
 */
public final class InAppPurchaseAvailabilityHandler extends Kind<PartKey<PurchaseKeys.Iap>> implements StraightReads,
        StraightReads.ForExport, SetsWhole<PartKey<PurchaseKeys.Iap>> {
    private static final KindSpec SPEC = new KindSpec("inAppPurchaseAvailability", 16,
            null);
    static final String RELATIONSHIP = "inAppPurchaseAvailability";
    private static final String TERRITORIES = "territories";
    private static final String NEW_TERRITORIES = "availableInNewTerritories";

    private static final InAppPurchaseHandler PRODUCTS = new InAppPurchaseHandler();

    public InAppPurchaseAvailabilityHandler() {
        super(SPEC);
    }

    @Override
    public List<DesiredObject<PartKey<PurchaseKeys.Iap>>> desired(AppSpec app) {
        List<DesiredObject<PartKey<PurchaseKeys.Iap>>> out = new ArrayList<>();
        for (InAppPurchaseSpec iap : app.purchases().inAppPurchases()) {
            InAppPurchaseAvailabilitySpec availability = iap.availability();
            if (availability != null) {
                out.add(desiredObject(key(app.bundleId(), iap.productId()), Purchases.storePath(app,
                        "inAppPurchases", iap.productId()) + ".availability", attributes(availability.territories(),
                        availability.availableInNewTerritories()), availability.mark()));
            }
        }
        return out;
    }

    /** The products, then the territories of each availability the YAML declares that Apple has. */
    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        if (spec.purchases().inAppPurchases().stream().anyMatch(i -> i.availability() != null)) {
            reads.get(PurchaseReads.inAppPurchases(app));
            readTerritories(app, reads, Purchases.liveInAppPurchases(app, spec, i -> i.availability() != null)
                    .stream().map(Purchases.LiveInAppPurchase::live));
        }
    }

    /** The products, then the territories of every availability. */
    @Override
    public void readForExport(LiveApp app, Reads reads) {
        readTerritories(app, reads, reads.get(PurchaseReads.inAppPurchases(app)).data().stream());
    }

    private static void readTerritories(LiveApp app, Reads reads, Stream<Resource> products) {
        reads.getAll(products.flatMap(p -> availability(app, p).stream())
                .map(a -> InAppPurchaseAvailabilities.territories(a.id())).toList());
    }

    @Override
    public List<LiveObject<PartKey<PurchaseKeys.Iap>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PartKey<PurchaseKeys.Iap>>> out = new ArrayList<>();
        for (Purchases.LiveInAppPurchase iap : Purchases.liveInAppPurchases(app, spec, i -> i.availability() != null)) {
            availability(app, iap.live()).ifPresent(a -> territories(app, a.id()).ifPresent(territories ->
                    out.add(liveObject(key(spec.bundleId(), iap.spec().productId()), a.id(),
                            attributes(territories, newTerritories(a)), Purchases.reviewBlock(iap.live()).orElse(null)))));
        }
        return out;
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (Resource product : PurchaseReads.liveInAppPurchases(app)) {
            String productId = product.text("productId").orElse(null);
            if (productId == null) {
                continue;
            }
            availability(app, product).ifPresent(a -> territories(app, a.id()).ifPresent(territories -> {
                out.add(new ExportedObject(Purchases.exportPath(label, productId), Map.of("availability",
                        Handlers.object(attributes(territories, newTerritories(a))))));
            }));
        }
        return out;
    }

    @Override
    public Writes set(DesiredObject<PartKey<PurchaseKeys.Iap>> desired, LiveApp app) {
        return Writes.of(List.of(InAppPurchaseAvailabilities.set(PRODUCTS.idOf(desired.key().parent(), app),
                new ArrayList<>(Values.stringSet(desired.attributes().get(TERRITORIES))),
                desired.attributes().get(NEW_TERRITORIES).asBoolean())));
    }

    /** The product's availability as included in the product list, if it has one. */
    static Optional<Resource> availability(LiveApp app, Resource product) {
        return PurchaseReads.included(app, product, RELATIONSHIP);
    }

    /** The availability's territory codes, sorted, once read. */
    private static Optional<TreeSet<String>> territories(LiveApp app, String availabilityId) {
        return app.read(InAppPurchaseAvailabilities.territories(availabilityId)).map(doc -> {
            TreeSet<String> out = new TreeSet<>();
            doc.data().forEach(t -> out.add(t.id()));
            return out;
        });
    }

    private static boolean newTerritories(Resource availability) {
        JsonNode value = availability.attribute(NEW_TERRITORIES);
        return value != null && value.asBoolean(false);
    }

    private static Map<String, JsonNode> attributes(Collection<String> territories, boolean newTerritories) {
        return Values.attributes(TERRITORIES, new TreeSet<>(territories), NEW_TERRITORIES, newTerritories);
    }

    private static PartKey<PurchaseKeys.Iap> key(String bundleId, String productId) {
        return new PartKey<>(new PurchaseKeys.Iap(bundleId, productId), "availability");
    }
}
