package dev.ascctl.resource.kinds.media;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** App preview sets (previews/&lt;locale&gt;/&lt;TYPE&gt;/ folders): plan and import, by table. */
class PreviewSetsTest extends KindTableTest {
    static final String TOUR = "848431e4-2010-4eea-bf3a-bf6318c58aa7";

    @Override
    protected ResourceHandler<?> kind() {
        return MediaSetHandler.previews();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: the tour uploaded").expect(
                        "CREATE app[com.example.notes].version[2.4.0].previews[en-US/IPHONE_67]",
                        "POST /v1/appPreviewSets {'data':{'type':'appPreviewSets','attributes':{'previewType':'IPHONE_67'},'relationships':{'appStoreVersionLocalization':{'data':{'type':'appStoreVersionLocalizations','id':'adc20d0d-2946-4071-a05a-4e90305b27d9'}}}}}",
                        "POST /v1/appPreviews {'data':{'type':'appPreviews','attributes':{'fileName':'01-tour.mp4','fileSize':4248,'mimeType':'video/mp4'},'relationships':{'appPreviewSet':{'data':{'type':'appPreviewSets','id':'{{id:app[com.example.notes].version[2.4.0].previews[en-US/IPHONE_67]}}'}}}}} upload AssetUpload[file=apps/notes/previews/en-US/IPHONE_67/01-tour.mp4, size=4248, md5=ede538e37ef75dce72f2f6b74be51655, ref=app[com.example.notes].version[2.4.0].previews[en-US/IPHONE_67].asset[ede538e37ef75dce72f2f6b74be51655], stateAttribute=videoDeliveryState]"),
                KindCase.on("notes-after", "a preview Apple lost: uploaded again")
                        .live(f -> f.remove("appPreviews", TOUR)).expect(
                        "UPDATE app[com.example.notes].version[2.4.0].previews[en-US/IPHONE_67]",
                        "POST /v1/appPreviews {'data':{'type':'appPreviews','attributes':{'fileName':'01-tour.mp4','fileSize':4248,'mimeType':'video/mp4'},'relationships':{'appPreviewSet':{'data':{'type':'appPreviewSets','id':'571693b1-455b-48c4-a069-129334ae2a89'}}}}} upload AssetUpload[file=apps/notes/previews/en-US/IPHONE_67/01-tour.mp4, size=4248, md5=ede538e37ef75dce72f2f6b74be51655, ref=app[com.example.notes].version[2.4.0].previews[en-US/IPHONE_67].asset[ede538e37ef75dce72f2f6b74be51655], stateAttribute=videoDeliveryState]"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "the tour").expect(
                        "apps.notes.previews.en-US.IPHONE_67 {'01-tour.mp4':{'url':'http://127.0.0.1:39945/assets/848431e4-2010-4eea-bf3a-bf6318c58aa7/video','sourceFileChecksum':'ede538e37ef75dce72f2f6b74be51655','fileSize':4248}}"));
    }
}
