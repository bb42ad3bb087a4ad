package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** Beta App Review's details (testflight.yaml review:): plan and import, by table. */
class BetaReviewDetailHandlerTest extends KindTableTest {

    @Override
    protected ResourceHandler<?> kind() {
        return new BetaReviewDetailHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo").expect(
                        "UPDATE app[com.example.notes].betaReview",
                        "PATCH /v1/betaAppReviewDetails/dc012020-6f5f-495f-b59b-8e297c56c396 {'data':{'type':'betaAppReviewDetails','id':'dc012020-6f5f-495f-b59b-8e297c56c396','attributes':{'contactFirstName':'Ada','contactLastName':'Lovelace','contactEmail':'ada@example.com','contactPhone':'+1 555 0100','demoAccountRequired':false,'notes':'No account is needed; try the widgets from the home screen.'}}}"),
                KindCase.on("notes-after", "notes changed: PATCH of them alone")
                        .edit("apps/notes/testflight.yaml", "notes: No account is needed; try the widgets from the home screen.",
                                "notes: Try the widgets.")
                        .expect(
                        "UPDATE app[com.example.notes].betaReview",
                        "PATCH /v1/betaAppReviewDetails/af104d51-e949-437d-abca-49ba5fe95af5 {'data':{'type':'betaAppReviewDetails','id':'af104d51-e949-437d-abca-49ba5fe95af5','attributes':{'notes':'Try the widgets.'}}}"),
                KindCase.on("notes-after", "a demo account with its password as a secret reference")
                        .edit("apps/notes/testflight.yaml", "demoAccountRequired: false", "demoAccountRequired: true\n"
                                + "  demoAccountName: beta@example.com\n  demoAccountPassword: ${env:ASC_BETA_DEMO_PASSWORD}")
                        .expect(
                        "UPDATE app[com.example.notes].betaReview",
                        "PATCH /v1/betaAppReviewDetails/af104d51-e949-437d-abca-49ba5fe95af5 {'data':{'type':'betaAppReviewDetails','id':'af104d51-e949-437d-abca-49ba5fe95af5','attributes':{'demoAccountRequired':true,'demoAccountName':'beta@example.com','demoAccountPassword':'${env:ASC_BETA_DEMO_PASSWORD}'}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "the review block").expect(
                        "apps.notes.testflight.review {'contactFirstName':'Ada','contactLastName':'Lovelace','contactPhone':'+1 555 0100','contactEmail':'ada@example.com','demoAccountRequired':false,'notes':'No account is needed; try the widgets from the home screen.'}"),
                ExportCase.on("weather", "the adoption seed, the password as a reference").expect(
                        "apps.notes.testflight.review {'contactFirstName':'Grace','contactLastName':'Hopper','contactPhone':'+1 555 0199','contactEmail':'grace@example.com','demoAccountName':'beta-reviewer@example.com','demoAccountPassword':'${env:ASC_BETA_DEMO_PASSWORD}','demoAccountRequired':true,'notes':'The beta needs location access.'} sensitive=[demoAccountPassword]"));
    }
}
