package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.AssetUpload;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.media.DeleteAsset;
import dev.ascctl.asc.endpoint.media.MediaType;
import dev.ascctl.asc.endpoint.media.ReserveAsset;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.resource.kinds.media.MediaExport;
import dev.ascctl.resource.kinds.media.MediaFileValue;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.InAppPurchaseSpec;
import dev.ascctl.store.MediaFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The App Review screenshot of an in-app purchase, addressed {@code app[b].iap[com.example.pro].reviewScreenshot},
 * uploaded with the same reservation / upload / commit / processing flow as app screenshots (the plan's upload
 * step, run by apply's AssetUploader) on {@code /v1/inAppPurchaseAppStoreReviewScreenshots}.
 *
 * <p>Decisions:
 * <ul>
 *   <li><b>Identity is the MD5</b> (Apple's {@code sourceFileChecksum}), never the name: a renamed file with the
 *   same bytes is no change, and an unchanged file is never uploaded again. A live screenshot whose upload never
 *   finished or whose processing failed is no match, so it is replaced.</li>
 *   <li><b>A new file replaces the live one</b>: the live screenshot is deleted, then the new one is reserved and
 *   uploaded (a product has one review screenshot, a to-one relationship). If the upload then fails the product
 *   has none until the next apply, which plans the upload again; no half-made asset stays (the uploader deletes
 *   its reservation).</li>
 *   <li>No read of its own: the in-app purchase read includes {@code appStoreReviewScreenshot}.</li>
 *   <li>Without the {@code reviewScreenshot} key the live screenshot is left alone; there is no delete.</li>
 *   <li>A product this apply creates gets its screenshot in the same apply ({@code {{id:...}}} of the product).</li>
 * </ul>
 * <pre>
 * inAppPurchases:
 *   - productId: com.example.notes.pro
 *     reviewScreenshot: review/pro.png    # relative to apps/notes/
 * </pre>
 */
public final class ReviewScreenshotHandler extends Kind<PartKey<PurchaseKeys.Iap>> implements StraightReads.ForExport,
        Creatable<PartKey<PurchaseKeys.Iap>>, Deletable<PartKey<PurchaseKeys.Iap>> {
    private static final KindSpec SPEC = new KindSpec("inAppPurchaseReviewScreenshot", 19,
            null);
    /** A product holds one screenshot, and Apple changes no asset in place: another file replaces it. */
    private static final List<AttributeSpec> ATTRIBUTES = List.of(AttributeSpec.of("file").replacing());
    private static final MediaType MEDIA = MediaType.IAP_REVIEW_SCREENSHOT;
    static final String FILE = "file";
    /** The folder of the app where import writes review screenshots. */
    static final String EXPORT_FOLDER = "reviewScreenshots";

    private static final InAppPurchaseHandler PRODUCTS = new InAppPurchaseHandler();

    public ReviewScreenshotHandler() {
        super(SPEC, ATTRIBUTES);
    }

    @Override
    public List<DesiredObject<PartKey<PurchaseKeys.Iap>>> desired(AppSpec app) {
        List<DesiredObject<PartKey<PurchaseKeys.Iap>>> out = new ArrayList<>();
        for (InAppPurchaseSpec iap : app.purchases().inAppPurchases()) {
            MediaFile file = iap.reviewScreenshot();
            if (file != null) {
                String value = MediaFileValue.desired(file.relativePath().toString().replace('\\', '/'), file.size(),
                        file.md5()).toString();
                out.add(desiredObject(key(app.bundleId(), iap.productId()), Purchases.storePath(app, "inAppPurchases",
                        iap.productId()) + ".reviewScreenshot", Map.of(FILE, StringNode.valueOf(value)), iap.mark()));
            }
        }
        return out;
    }

    @Override
    public List<LiveObject<PartKey<PurchaseKeys.Iap>>> live(LiveApp app, AppSpec spec) {
        List<LiveObject<PartKey<PurchaseKeys.Iap>>> out = new ArrayList<>();
        for (Purchases.LiveInAppPurchase iap : Purchases.liveInAppPurchases(app, spec, i -> i.reviewScreenshot() != null)) {
            screenshot(app, iap.live()).ifPresent(shot -> out.add(liveObject(key(spec.bundleId(),
                    iap.spec().productId()), shot.id(), Map.of(FILE, StringNode.valueOf(MediaFileValue.of(shot,
                    MEDIA).toString())), Purchases.reviewBlock(iap.live()).orElse(null))));
        }
        return out;
    }

    /**
     * Every usable live screenshot: the product's {@code reviewScreenshot} key ({@code reviewScreenshots/<productId>.<png|jpg>})
     * and the file itself, downloaded by import into the app folder {@code reviewScreenshots/} ({@code review} is app.yaml's review map).
     */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        List<ExportedObject> out = new ArrayList<>();
        for (Resource product : PurchaseReads.liveInAppPurchases(app)) {
            String productId = product.text("productId").orElse(null);
            Optional<Resource> shot = screenshot(app, product);
            Optional<String> url = shot.filter(s -> MediaFileValue.of(s, MEDIA).usable()).flatMap(s -> MediaExport.url(s, MEDIA));
            if (productId == null || url.isEmpty()) {
                continue;
            }
            String name = productId + (String.valueOf(LiveApp.text(shot.get(), "fileName")).toLowerCase(Locale.ROOT)
                    .endsWith(".png") ? ".png" : ".jpg");
            out.add(new ExportedObject(Purchases.exportPath(label, productId),
                    Map.of("reviewScreenshot", StringNode.valueOf(EXPORT_FOLDER + "/" + name))));
            out.add(new ExportedObject("apps." + label + "." + EXPORT_FOLDER,
                    Map.of(name, MediaExport.remote(url.get(), shot.get())), Set.of()));
        }
        return out;
    }

    @Override
    public void readForExport(LiveApp app, Reads reads) {
        PurchaseReads.readAll(app, reads);
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<PartKey<PurchaseKeys.Iap>> desired, LiveApp app) {
        return PurchaseReads.liveInAppPurchase(app, desired.key().parent().productId()).flatMap(Purchases::reviewBlock);
    }

    @Override
    public List<ApiCall> create(DesiredObject<PartKey<PurchaseKeys.Iap>> desired, LiveApp app) {
        return List.of(reserve(desired, PRODUCTS.idOf(desired.key().parent(), app)));
    }

    /**
     * The first half of a replace (another file): delete the live screenshot; {@link #create} uploads the new one.
     * Never planned for pruning: the kind has no prune key.
     */
    @Override
    public List<ApiCall> delete(LiveObject<PartKey<PurchaseKeys.Iap>> live, LiveApp app) {
        return List.of(DeleteAsset.of(MEDIA, live.id()));
    }

    /** The same file when the MD5s are equal and the live one is usable (see {@link MediaFileValue}). */
    @Override
    public boolean sameValue(String attribute, JsonNode desired, JsonNode live) {
        return MediaFileValue.sameFile(desired, live);
    }

    private static ApiCall reserve(DesiredObject<PartKey<PurchaseKeys.Iap>> desired, String iapId) {
        MediaFileValue file = MediaFileValue.parse(desired.attributes().get(FILE)).orElseThrow();
        String fileName = file.name().substring(file.name().lastIndexOf('/') + 1);
        AssetUpload upload = new AssetUpload(file.name(), file.size(), file.md5(),
                desired.address().child("asset", file.md5()).value(), MEDIA.stateAttribute());
        return ReserveAsset.of(MEDIA, iapId, fileName, null, upload);
    }

    /** The product's screenshot, from the {@code included} of the in-app purchase read. */
    private static Optional<Resource> screenshot(LiveApp app, Resource product) {
        return PurchaseReads.included(app, product, "appStoreReviewScreenshot");
    }

    private static PartKey<PurchaseKeys.Iap> key(String bundleId, String productId) {
        return new PartKey<>(new PurchaseKeys.Iap(bundleId, productId), "reviewScreenshot");
    }
}
