package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** Submitting a build to Beta App Review (testflight.yaml builds[].submitForReview): plan, by table. */
class BetaReviewSubmissionHandlerTest extends KindTableTest {
    static final String SUBMISSION = "530e3118-f2fa-410b-a859-f19c791ead46";

    @Override
    protected ResourceHandler<?> kind() {
        return new BetaReviewSubmissionHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "submitted already: no change").expect(),
                KindCase.on("notes-before", "the demo: 245 submitted").expect(
                        "CREATE app[com.example.notes].betaBuild[245].betaReview",
                        "POST /v1/betaAppReviewSubmissions {'data':{'type':'betaAppReviewSubmissions','relationships':{'build':{'data':{'type':'builds','id':'ec253db9-61de-4085-9279-337678131267'}}}}}"),
                KindCase.on("notes-after", "no submission live: submitted")
                        .live(f -> f.remove("betaAppReviewSubmissions", SUBMISSION)).expect(
                        "CREATE app[com.example.notes].betaBuild[245].betaReview",
                        "POST /v1/betaAppReviewSubmissions {'data':{'type':'betaAppReviewSubmissions','relationships':{'build':{'data':{'type':'builds','id':'9c333882-d58d-4ce5-9b1a-d2d69a52742f'}}}}}"),
                KindCase.on("notes-after", "a build without an export compliance answer: refused, named")
                        .live(f -> f.remove("betaAppReviewSubmissions", SUBMISSION))
                        .live(f -> f.set("builds", "9c333882-d58d-4ce5-9b1a-d2d69a52742f", "usesNonExemptEncryption",
                                "null")).expect(
                        "BLOCKED app[com.example.notes].betaBuild[245].betaReview: build 245: export compliance not"
                                + " answered (set exportCompliance in app.yaml, answer it in App Store Connect →"
                                + " TestFlight, or set ITSAppUsesNonExemptEncryption in the app's Info.plist)"),
                KindCase.on("notes-after", "false never withdraws")
                        .edit("apps/notes/testflight.yaml", "submitForReview: true", "submitForReview: false").expect());
    }
}
