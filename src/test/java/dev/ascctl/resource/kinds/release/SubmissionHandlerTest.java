package dev.ascctl.resource.kinds.release;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.KindCase;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** Submitting the prepared version for review (app.yaml version.submitForReview): plan, by table. */
class SubmissionHandlerTest extends KindTableTest {
    static final String PREPARED = "ba1faad4-d686-44d2-83a0-6c377a222ce2";
    /** The open submissions the kind looks for to reuse one; the recorded run never asked (no submitForReview). */
    static final String OPEN = "/v1/reviewSubmissions?filter[app]=1500000000&filter[platform]=IOS"
            + "&filter[state]=READY_FOR_REVIEW,WAITING_FOR_REVIEW,IN_REVIEW,UNRESOLVED_ISSUES&include=items&limit=200";

    /** A case where Apple has no open submission of the app. */
    static KindCase on(String fixture, String name) {
        return KindCase.on(fixture, name).live(f -> f.answerWith(OPEN));
    }

    @Override
    protected ResourceHandler<?> kind() {
        return new SubmissionHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                on("notes-after", "no key: nothing").expect(),
                on("notes-after", "true with a build attached: create, add the version, submit")
                        .live(f -> f.link("appStoreVersions/" + PREPARED, "build",
                                "builds/9c333882-d58d-4ce5-9b1a-d2d69a52742f"))
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: AFTER_APPROVAL\n  submitForReview: true")
                        .expect(
                        "UPDATE app[com.example.notes].version[2.4.0].submission",
                        "POST /v1/reviewSubmissions {'data':{'type':'reviewSubmissions','attributes':{'platform':'IOS'},'relationships':{'app':{'data':{'type':'apps','id':'1500000000'}}}}}",
                        "POST /v1/reviewSubmissionItems {'data':{'type':'reviewSubmissionItems','relationships':{'appStoreVersion':{'data':{'type':'appStoreVersions','id':'ba1faad4-d686-44d2-83a0-6c377a222ce2'}},'reviewSubmission':{'data':{'type':'reviewSubmissions','id':'{{id:app[com.example.notes].version[2.4.0].submission}}'}}}}}",
                        "PATCH /v1/reviewSubmissions/{{id:app[com.example.notes].version[2.4.0].submission}} {'data':{'type':'reviewSubmissions','id':'{{id:app[com.example.notes].version[2.4.0].submission}}','attributes':{'submitted':true}}}"),
                on("notes-after", "true without a build: not ready")
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: AFTER_APPROVAL\n  submitForReview: true")
                        .expect(
                        "BLOCKED app[com.example.notes].version[2.4.0].submission: not ready: no build attached (set version.build)"),
                on("notes-before", "true on the demo's seed: not ready")
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: AFTER_APPROVAL\n  submitForReview: true")
                        .expect(
                        "BLOCKED app[com.example.notes].version[2.4.0].submission: not ready: no build attached (set version.build)"),
                on("notes-after", "already waiting for review: nothing")
                        .live(f -> f.set("appStoreVersions", PREPARED, "appVersionState", "\"WAITING_FOR_REVIEW\""))
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: AFTER_APPROVAL\n  submitForReview: true")
                        .expect(),
                on("notes-after", "a version this apply creates: submitted with the next apply")
                        .live(f -> f.remove("appStoreVersions", PREPARED))
                        .edit("apps/notes/app.yaml", "versionString: \"2.4.0\"", "versionString: \"2.5.0\"")
                        .edit("apps/notes/app.yaml", "releaseType: AFTER_APPROVAL", "releaseType: AFTER_APPROVAL\n  submitForReview: true")
                        .expect(
                        "BLOCKED app[com.example.notes].version[2.5.0].submission: not ready: version 2.5.0 is created by this apply; submit it with the next apply"));
    }
}
