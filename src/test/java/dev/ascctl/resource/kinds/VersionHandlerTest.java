package dev.ascctl.resource.kinds;

import dev.ascctl.resource.ResourceHandler;
import java.util.List;

/** The version being prepared (app.yaml version:): plan and import, by table. */
class VersionHandlerTest extends KindTableTest {
    static final String PREPARED = "ba1faad4-d686-44d2-83a0-6c377a222ce2";

    @Override
    protected ResourceHandler<?> kind() {
        return new VersionHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo").expect(
                        "UPDATE app[com.example.notes].version[2.4.0]",
                        "PATCH /v1/appStoreVersions/27dc3110-90c6-4ddb-a77c-5b8dcaff0cc1 {'data':{'type':'appStoreVersions','id':'27dc3110-90c6-4ddb-a77c-5b8dcaff0cc1','attributes':{'copyright':'2026 Example Inc.'}}}"),
                KindCase.on("notes-after", "release type scheduled with a date")
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: SCHEDULED")
                        .edit("apps/notes/app.yaml", "earliestReleaseDate: null",
                                "earliestReleaseDate: \"2026-10-01T08:00:00Z\"").expect(
                        "UPDATE app[com.example.notes].version[2.4.0]",
                        "PATCH /v1/appStoreVersions/ba1faad4-d686-44d2-83a0-6c377a222ce2 {'data':{'type':'appStoreVersions','id':'ba1faad4-d686-44d2-83a0-6c377a222ce2','attributes':{'releaseType':'SCHEDULED','earliestReleaseDate':'2026-10-01T08:00:00Z'}}}"),
                KindCase.on("notes-after", "copyright from store.yaml's defaults")
                        .edit("store.yaml", "copyright: \"2026 Example Inc.\"", "copyright: \"2027 Example Inc.\"")
                        .expect(
                        "UPDATE app[com.example.notes].version[2.4.0]",
                        "PATCH /v1/appStoreVersions/ba1faad4-d686-44d2-83a0-6c377a222ce2 {'data':{'type':'appStoreVersions','id':'ba1faad4-d686-44d2-83a0-6c377a222ce2','attributes':{'copyright':'2027 Example Inc.'}}}"),
                KindCase.on("notes-after", "version string changed while preparing: the same version renamed")
                        .edit("apps/notes/app.yaml", "versionString: \"2.4.0\"", "versionString: \"2.5.0\"")
                        .expect(
                        "UPDATE app[com.example.notes].version[2.5.0]",
                        "PATCH /v1/appStoreVersions/ba1faad4-d686-44d2-83a0-6c377a222ce2 {'data':{'type':'appStoreVersions','id':'ba1faad4-d686-44d2-83a0-6c377a222ce2','attributes':{'versionString':'2.5.0'}}}"),
                KindCase.on("notes-after", "every version released: a new one is created")
                        .live(f -> f.remove("appStoreVersions", PREPARED))
                        .edit("apps/notes/app.yaml", "versionString: \"2.4.0\"", "versionString: \"2.5.0\"")
                        .expect(
                        "CREATE app[com.example.notes].version[2.5.0]",
                        "POST /v1/appStoreVersions {'data':{'type':'appStoreVersions','attributes':{'versionString':'2.5.0','releaseType':'AFTER_APPROVAL','earliestReleaseDate':null,'copyright':'2026 Example Inc.','platform':'IOS'},'relationships':{'app':{'data':{'type':'apps','id':'1500000000'}}}}}"),
                KindCase.on("notes-after", "the version is waiting for review: a change is blocked")
                        .live(f -> f.set("appStoreVersions", PREPARED, "appVersionState", "\"WAITING_FOR_REVIEW\""))
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: MANUAL")
                        .expect(
                        "BLOCKED app[com.example.notes].version[2.4.0]: version 2.4.0 is WAITING_FOR_REVIEW; Apple takes no edits until it is rejected or removed from review"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(
                ExportCase.on("notes-after", "the prepared version").expect(
                        "apps.notes.version {'versionString':'2.4.0','copyright':'2026 Example Inc.','releaseType':'AFTER_APPROVAL','earliestReleaseDate':null}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.version {'versionString':'3.2','copyright':'2026 Example Weather Inc.','releaseType':'SCHEDULED','earliestReleaseDate':'2026-09-01T07:00:00Z'}"));
    }
}
