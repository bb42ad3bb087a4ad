package dev.ascctl.resource.kinds.release;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** The build of the prepared version (app.yaml version.build): plan and import, by table. */
class BuildHandlerTest extends KindTableTest {
    static final String BUILD_245 = "9c333882-d58d-4ce5-9b1a-d2d69a52742f";
    static final String BUILD_244 = "63ec679b-5a1f-4a52-8d71-090c7a2cd656";
    static final String BUILDS = "/v1/builds?filter[app]=1500000000&filter[preReleaseVersion.platform]=IOS"
            + "&sort=-uploadedDate&include=preReleaseVersion&limit=200";

    @Override
    protected ResourceHandler<?> kind() {
        return new BuildHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "no build key: not managed").expect(),
                KindCase.on("notes-after", "build 245 attached already: no change")
                        .live(f -> f.answerWith(BUILDS + "&filter[version]=245", "builds/" + BUILD_245))
                        .live(f -> f.link("appStoreVersions/ba1faad4-d686-44d2-83a0-6c377a222ce2", "build",
                                "builds/" + BUILD_245))
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: AFTER_APPROVAL\n  build: \"245\"")
                        .expect(),
                KindCase.on("notes-after", "build 245: attached")
                        .live(f -> f.answerWith(BUILDS + "&filter[version]=245", "builds/" + BUILD_245))
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: AFTER_APPROVAL\n  build: \"245\"")
                        .expect(
                        "UPDATE app[com.example.notes].version[2.4.0].build",
                        "PATCH /v1/appStoreVersions/ba1faad4-d686-44d2-83a0-6c377a222ce2 {'data':{'type':'appStoreVersions','id':'ba1faad4-d686-44d2-83a0-6c377a222ce2','relationships':{'build':{'data':{'type':'builds','id':'9c333882-d58d-4ce5-9b1a-d2d69a52742f'}}}}}"),
                KindCase.on("notes-after", "latest: the newest valid build")
                        .live(f -> f.answerWith(BUILDS + "&filter[expired]=false", "builds/" + BUILD_245,
                                "builds/" + BUILD_244))
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: AFTER_APPROVAL\n  build: latest")
                        .expect(
                        "UPDATE app[com.example.notes].version[2.4.0].build",
                        "PATCH /v1/appStoreVersions/ba1faad4-d686-44d2-83a0-6c377a222ce2 {'data':{'type':'appStoreVersions','id':'ba1faad4-d686-44d2-83a0-6c377a222ce2','relationships':{'build':{'data':{'type':'builds','id':'9c333882-d58d-4ce5-9b1a-d2d69a52742f'}}}}}"),
                KindCase.on("notes-after", "a build Apple does not have")
                        .live(f -> f.answerWith(BUILDS + "&filter[version]=999"))
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: AFTER_APPROVAL\n  build: \"999\"")
                        .expect(
                        "BLOCKED app[com.example.notes].version[2.4.0].build: build 999 does not exist for com.example.notes on IOS"),
                KindCase.on("notes-after", "a build still processing")
                        .live(f -> f.set("builds", BUILD_245, "processingState", "\"PROCESSING\""))
                        .live(f -> f.answerWith(BUILDS + "&filter[version]=245", "builds/" + BUILD_245))
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: AFTER_APPROVAL\n  build: \"245\"")
                        .expect(
                        "BLOCKED app[com.example.notes].version[2.4.0].build: build 245 is still processing; apply --wait-for-build DURATION waits for it"),
                KindCase.on("notes-after", "an expired build")
                        .live(f -> f.set("builds", BUILD_245, "expired", "true"))
                        .live(f -> f.answerWith(BUILDS + "&filter[version]=245", "builds/" + BUILD_245))
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: AFTER_APPROVAL\n  build: \"245\"")
                        .expect(
                        "BLOCKED app[com.example.notes].version[2.4.0].build: build 245 has expired"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(
                ExportCase.on("notes-after", "no build attached: nothing").expect(),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.version {'build':'410'}"));
    }
}
