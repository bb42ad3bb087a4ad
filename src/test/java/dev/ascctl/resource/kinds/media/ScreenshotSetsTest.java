package dev.ascctl.resource.kinds.media;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** Screenshot sets (screenshots/&lt;locale&gt;/&lt;TYPE&gt;/ folders): plan and import, by table. */
class ScreenshotSetsTest extends KindTableTest {
    static final String SEARCH = "3c812812-017f-4c07-9904-107e01ee37bc";

    @Override
    protected ResourceHandler<?> kind() {
        return MediaSetHandler.screenshots();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: sets replaced by the store's files").expect(
                        "CREATE app[com.example.notes].version[2.4.0].screenshots[de-DE/APP_IPHONE_67]",
                        "POST /v1/appScreenshotSets {'data':{'type':'appScreenshotSets','attributes':{'screenshotDisplayType':'APP_IPHONE_67'},'relationships':{'appStoreVersionLocalization':{'data':{'type':'appStoreVersionLocalizations','id':'6ca5402e-b5a9-49ee-b5d1-583d90c922ae'}}}}}",
                        "POST /v1/appScreenshots {'data':{'type':'appScreenshots','attributes':{'fileName':'01-lists.png','fileSize':4112},'relationships':{'appScreenshotSet':{'data':{'type':'appScreenshotSets','id':'{{id:app[com.example.notes].version[2.4.0].screenshots[de-DE/APP_IPHONE_67]}}'}}}}} upload AssetUpload[file=apps/notes/screenshots/de-DE/APP_IPHONE_67/01-lists.png, size=4112, md5=2750ae569e58f0a0b806f3ab8c28c24a, ref=app[com.example.notes].version[2.4.0].screenshots[de-DE/APP_IPHONE_67].asset[2750ae569e58f0a0b806f3ab8c28c24a], stateAttribute=assetDeliveryState]",
                        "CREATE app[com.example.notes].version[2.4.0].screenshots[en-US/APP_IPAD_PRO_3GEN_129]",
                        "POST /v1/appScreenshotSets {'data':{'type':'appScreenshotSets','attributes':{'screenshotDisplayType':'APP_IPAD_PRO_3GEN_129'},'relationships':{'appStoreVersionLocalization':{'data':{'type':'appStoreVersionLocalizations','id':'adc20d0d-2946-4071-a05a-4e90305b27d9'}}}}}",
                        "POST /v1/appScreenshots {'data':{'type':'appScreenshots','attributes':{'fileName':'01-lists.png','fileSize':5254},'relationships':{'appScreenshotSet':{'data':{'type':'appScreenshotSets','id':'{{id:app[com.example.notes].version[2.4.0].screenshots[en-US/APP_IPAD_PRO_3GEN_129]}}'}}}}} upload AssetUpload[file=apps/notes/screenshots/en-US/APP_IPAD_PRO_3GEN_129/01-lists.png, size=5254, md5=2c322841a2fce5ba1938008554a5c7ff, ref=app[com.example.notes].version[2.4.0].screenshots[en-US/APP_IPAD_PRO_3GEN_129].asset[2c322841a2fce5ba1938008554a5c7ff], stateAttribute=assetDeliveryState]",
                        "UPDATE app[com.example.notes].version[2.4.0].screenshots[en-US/APP_IPHONE_67]",
                        "DELETE /v1/appScreenshots/b3381ee4-af15-414d-85d9-cf708f4b19dc",
                        "POST /v1/appScreenshots {'data':{'type':'appScreenshots','attributes':{'fileName':'01-lists.png','fileSize':4107},'relationships':{'appScreenshotSet':{'data':{'type':'appScreenshotSets','id':'a1c1fff6-06fd-4b66-82af-0065b331a4f7'}}}}} upload AssetUpload[file=apps/notes/screenshots/en-US/APP_IPHONE_67/01-lists.png, size=4107, md5=2adc0a9cc3aff466af6896cdade34b77, ref=app[com.example.notes].version[2.4.0].screenshots[en-US/APP_IPHONE_67].asset[2adc0a9cc3aff466af6896cdade34b77], stateAttribute=assetDeliveryState]",
                        "POST /v1/appScreenshots {'data':{'type':'appScreenshots','attributes':{'fileName':'02-search.png','fileSize':4033},'relationships':{'appScreenshotSet':{'data':{'type':'appScreenshotSets','id':'a1c1fff6-06fd-4b66-82af-0065b331a4f7'}}}}} upload AssetUpload[file=apps/notes/screenshots/en-US/APP_IPHONE_67/02-search.png, size=4033, md5=8d6c03d1925d0a52e3b6d260cedc0508, ref=app[com.example.notes].version[2.4.0].screenshots[en-US/APP_IPHONE_67].asset[8d6c03d1925d0a52e3b6d260cedc0508], stateAttribute=assetDeliveryState]"),
                KindCase.on("notes-after", "a live file with other bytes: replaced")
                        .live(f -> f.set("appScreenshots", SEARCH, "sourceFileChecksum", "\"00000000000000000000000000000000\""))
                        .expect(
                        "UPDATE app[com.example.notes].version[2.4.0].screenshots[en-US/APP_IPHONE_67]",
                        "DELETE /v1/appScreenshots/3c812812-017f-4c07-9904-107e01ee37bc",
                        "POST /v1/appScreenshots {'data':{'type':'appScreenshots','attributes':{'fileName':'02-search.png','fileSize':4033},'relationships':{'appScreenshotSet':{'data':{'type':'appScreenshotSets','id':'07df23c4-dbbb-49c3-90a9-7f33aa5ac454'}}}}} upload AssetUpload[file=apps/notes/screenshots/en-US/APP_IPHONE_67/02-search.png, size=4033, md5=8d6c03d1925d0a52e3b6d260cedc0508, ref=app[com.example.notes].version[2.4.0].screenshots[en-US/APP_IPHONE_67].asset[8d6c03d1925d0a52e3b6d260cedc0508], stateAttribute=assetDeliveryState]"),
                KindCase.on("notes-after", "a file Apple lost: uploaded again")
                        .live(f -> f.remove("appScreenshots", SEARCH)).expect(
                        "UPDATE app[com.example.notes].version[2.4.0].screenshots[en-US/APP_IPHONE_67]",
                        "POST /v1/appScreenshots {'data':{'type':'appScreenshots','attributes':{'fileName':'02-search.png','fileSize':4033},'relationships':{'appScreenshotSet':{'data':{'type':'appScreenshotSets','id':'07df23c4-dbbb-49c3-90a9-7f33aa5ac454'}}}}} upload AssetUpload[file=apps/notes/screenshots/en-US/APP_IPHONE_67/02-search.png, size=4033, md5=8d6c03d1925d0a52e3b6d260cedc0508, ref=app[com.example.notes].version[2.4.0].screenshots[en-US/APP_IPHONE_67].asset[8d6c03d1925d0a52e3b6d260cedc0508], stateAttribute=assetDeliveryState]"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "four screenshots in three sets").expect(
                        "apps.notes.screenshots.en-US.APP_IPHONE_67 {'01-lists.png':{'url':'http://127.0.0.1:39945/assets/00d480ff-5ff0-4836-bb92-08783370a029/1290x2796bb.png','sourceFileChecksum':'2adc0a9cc3aff466af6896cdade34b77','fileSize':4107},'02-search.png':{'url':'http://127.0.0.1:39945/assets/3c812812-017f-4c07-9904-107e01ee37bc/1290x2796bb.png','sourceFileChecksum':'8d6c03d1925d0a52e3b6d260cedc0508','fileSize':4033}}",
                        "apps.notes.screenshots.en-US.APP_IPAD_PRO_3GEN_129 {'01-lists.png':{'url':'http://127.0.0.1:39945/assets/921982f1-62d6-47fe-bc9a-7daa1b57633a/2064x2752bb.png','sourceFileChecksum':'2c322841a2fce5ba1938008554a5c7ff','fileSize':5254}}",
                        "apps.notes.screenshots.de-DE.APP_IPHONE_67 {'01-lists.png':{'url':'http://127.0.0.1:39945/assets/e9c9fc4f-68d9-4965-9e6c-3ce53feed8e7/1290x2796bb.png','sourceFileChecksum':'2750ae569e58f0a0b806f3ab8c28c24a','fileSize':4112}}"));
    }
}
