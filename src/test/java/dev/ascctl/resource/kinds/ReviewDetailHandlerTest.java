package dev.ascctl.resource.kinds;

import dev.ascctl.resource.ResourceHandler;
import java.util.List;

/** App Review's details of the prepared version (app.yaml review: over store.yaml defaults): plan and import. */
class ReviewDetailHandlerTest extends KindTableTest {

    @Override
    protected ResourceHandler<?> kind() {
        return new ReviewDetailHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: created with defaults and notes").expect(
                        "UPDATE app[com.example.notes].version[2.4.0].reviewDetail",
                        "PATCH /v1/appStoreReviewDetails/2430f380-29e5-402e-a19b-4b9fbaa59e12 {'data':{'type':'appStoreReviewDetails','id':'2430f380-29e5-402e-a19b-4b9fbaa59e12','attributes':{'demoAccountRequired':false,'notes':'No account is needed: every feature works offline right after the first launch.','contactFirstName':'Ada','contactLastName':'Lovelace','contactEmail':'ada@example.com','contactPhone':'+1 555 0100'}}}"),
                KindCase.on("notes-after", "a default changed in store.yaml")
                        .edit("store.yaml", "contactPhone: \"+1 555 0100\"", "contactPhone: \"+1 555 0199\"")
                        .expect(
                        "UPDATE app[com.example.notes].version[2.4.0].reviewDetail",
                        "PATCH /v1/appStoreReviewDetails/d7c48cfe-4b1d-48c6-953d-b5e8b57c45ef {'data':{'type':'appStoreReviewDetails','id':'d7c48cfe-4b1d-48c6-953d-b5e8b57c45ef','attributes':{'contactPhone':'+1 555 0199'}}}"),
                KindCase.on("notes-after", "a demo account: the password is a secret reference, never its value")
                        .edit("apps/notes/app.yaml", "demoAccountRequired: false", "demoAccountRequired: true\n"
                                + "  demoAccountName: reviewer@example.com\n"
                                + "  demoAccountPassword: ${env:ASC_DEMO_PASSWORD}").expect(
                        "UPDATE app[com.example.notes].version[2.4.0].reviewDetail",
                        "PATCH /v1/appStoreReviewDetails/d7c48cfe-4b1d-48c6-953d-b5e8b57c45ef {'data':{'type':'appStoreReviewDetails','id':'d7c48cfe-4b1d-48c6-953d-b5e8b57c45ef','attributes':{'demoAccountRequired':true,'demoAccountName':'reviewer@example.com','demoAccountPassword':'${env:ASC_DEMO_PASSWORD}'}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(
                ExportCase.on("notes-after", "the review block").expect(
                        "apps.notes.review {'contactFirstName':'Ada','contactLastName':'Lovelace','contactPhone':'+1 555 0100','contactEmail':'ada@example.com','demoAccountName':null,'demoAccountPassword':null,'demoAccountRequired':false,'notes':'No account is needed: every feature works offline right after the first launch.'}"),
                ExportCase.on("weather", "the adoption seed, with its secret as a reference").expect(
                        "apps.notes.review {'contactFirstName':'Grace','contactLastName':'Hopper','contactPhone':'+1 555 0199','contactEmail':'grace@example.com','demoAccountName':'reviewer@example.com','demoAccountPassword':'${env:ASC_DEMO_PASSWORD}','demoAccountRequired':true,'notes':'Sign in with the demo account.\\nLocation access: allow while using.'} sensitive=[demoAccountPassword]"));
    }
}
