package dev.ascctl.resource.kinds.purchases;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import java.util.List;

/** The review screenshot of an in-app purchase (purchases.yaml inAppPurchases[].reviewScreenshot): plan and import. */
class ReviewScreenshotHandlerTest extends PurchaseKindTableTest {
    static final String SHOT = "9c1c7744-cf48-4226-8a1e-c625fa136c3c";

    @Override
    protected ResourceHandler<?> kind() {
        return new ReviewScreenshotHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: uploaded").expect(
                        "CREATE app[com.example.notes].iap[com.example.notes.pro].reviewScreenshot",
                        "POST /v1/inAppPurchaseAppStoreReviewScreenshots {'data':{'type':'inAppPurchaseAppStoreReviewScreenshots','attributes':{'fileName':'pro.png','fileSize':4096},'relationships':{'inAppPurchaseV2':{'data':{'type':'inAppPurchases','id':'5f65847c-6241-4df6-994d-457d3cbedb53'}}}}} upload AssetUpload[file=apps/notes/review/pro.png, size=4096, md5=6b77a2bb2d82ce09b9e1d465b6329c5d, ref=app[com.example.notes].iap[com.example.notes.pro].reviewScreenshot.asset[6b77a2bb2d82ce09b9e1d465b6329c5d], stateAttribute=assetDeliveryState]"),
                KindCase.on("notes-after", "another file: replaced (-/+)")
                        .live(f -> f.set("inAppPurchaseAppStoreReviewScreenshots", SHOT, "sourceFileChecksum", "\"0000\""))
                        .expect(
                        "REPLACE app[com.example.notes].iap[com.example.notes.pro].reviewScreenshot",
                        "DELETE /v1/inAppPurchaseAppStoreReviewScreenshots/9c1c7744-cf48-4226-8a1e-c625fa136c3c",
                        "POST /v1/inAppPurchaseAppStoreReviewScreenshots {'data':{'type':'inAppPurchaseAppStoreReviewScreenshots','attributes':{'fileName':'pro.png','fileSize':4096},'relationships':{'inAppPurchaseV2':{'data':{'type':'inAppPurchases','id':'ee61ec22-1ebf-4ff2-9cef-ea6d2bf4502e'}}}}} upload AssetUpload[file=apps/notes/review/pro.png, size=4096, md5=6b77a2bb2d82ce09b9e1d465b6329c5d, ref=app[com.example.notes].iap[com.example.notes.pro].reviewScreenshot.asset[6b77a2bb2d82ce09b9e1d465b6329c5d], stateAttribute=assetDeliveryState]"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "pro.png").expect(
                        "apps.notes.purchases.inAppPurchases[productId=com.example.notes.pro] {'reviewScreenshot':'reviewScreenshots/com.example.notes.pro.png'}",
                        "apps.notes.reviewScreenshots {'com.example.notes.pro.png':{'url':'http://127.0.0.1:39945/assets/9c1c7744-cf48-4226-8a1e-c625fa136c3c/1290x2796bb.png','sourceFileChecksum':'6b77a2bb2d82ce09b9e1d465b6329c5d','fileSize':4096}}"));
    }
}
