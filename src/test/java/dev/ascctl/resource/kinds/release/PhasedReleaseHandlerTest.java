package dev.ascctl.resource.kinds.release;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** Phased release of the prepared version (app.yaml version.phasedRelease): plan and import, by table. */
class PhasedReleaseHandlerTest extends KindTableTest {

    @Override
    protected ResourceHandler<?> kind() {
        return new PhasedReleaseHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "no key: not managed").expect(),
                KindCase.on("notes-after", "true: created")
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: AFTER_APPROVAL\n  phasedRelease: true")
                        .expect(
                        "UPDATE app[com.example.notes].version[2.4.0].phasedRelease",
                        "POST /v1/appStoreVersionPhasedReleases {'data':{'type':'appStoreVersionPhasedReleases','relationships':{'appStoreVersion':{'data':{'type':'appStoreVersions','id':'ba1faad4-d686-44d2-83a0-6c377a222ce2'}}}}}"),
                KindCase.on("notes-after", "false and none live: nothing")
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: AFTER_APPROVAL\n  phasedRelease: false")
                        .expect());
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "none live").expect(
                        "apps.notes.version {'phasedRelease':false}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.version {'phasedRelease':true}"));
    }
}
