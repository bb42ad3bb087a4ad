package dev.ascctl.resource.kinds.release;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.KindCase;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** app.yaml exportCompliance: the answer builds without one get, by table. */
class ExportComplianceHandlerTest extends KindTableTest {
    static final String UNANSWERED = "/v1/builds?filter[app]=1500000000&filter[expired]=false"
            + "&filter[processingState]=VALID&exists[usesNonExemptEncryption]=false"
            + "&fields[builds]=version,usesNonExemptEncryption&limit=200";
    static final String DECLARED = "bundleId: com.example.notes\nexportCompliance:\n  usesNonExemptEncryption: false";

    @Override
    protected ResourceHandler<?> kind() {
        return new ExportComplianceHandler();
    }

    @Override
    protected List<KindCase> cases() {
        String b245 = BuildHandlerTest.BUILD_245;
        String b244 = BuildHandlerTest.BUILD_244;
        return List.of(
                KindCase.on("notes-after", "no exportCompliance key: not managed, nothing read").expect(),
                KindCase.on("notes-after", "every build answered: no change")
                        .live(f -> f.answerWith(UNANSWERED))
                        .edit("apps/notes/app.yaml", "bundleId: com.example.notes", DECLARED)
                        .expect(),
                KindCase.on("notes-after", "two builds without an answer: one PATCH each")
                        .live(f -> f.set("builds", b245, "usesNonExemptEncryption", "null"))
                        .live(f -> f.set("builds", b244, "usesNonExemptEncryption", "null"))
                        .live(f -> f.answerWith(UNANSWERED, "builds/" + b245, "builds/" + b244))
                        .edit("apps/notes/app.yaml", "bundleId: com.example.notes", DECLARED)
                        .expect(
                        "UPDATE app[com.example.notes].exportCompliance",
                        "PATCH /v1/builds/" + b245 + " {'data':{'type':'builds','id':'" + b245
                                + "','attributes':{'usesNonExemptEncryption':false}}}",
                        "PATCH /v1/builds/" + b244 + " {'data':{'type':'builds','id':'" + b244
                                + "','attributes':{'usesNonExemptEncryption':false}}}"),
                KindCase.on("notes-after", "true is sent as true")
                        .live(f -> f.set("builds", b245, "usesNonExemptEncryption", "null"))
                        .live(f -> f.answerWith(UNANSWERED, "builds/" + b245))
                        .edit("apps/notes/app.yaml", "bundleId: com.example.notes",
                                DECLARED.replace("false", "true"))
                        .expect(
                        "UPDATE app[com.example.notes].exportCompliance",
                        "PATCH /v1/builds/" + b245 + " {'data':{'type':'builds','id':'" + b245
                                + "','attributes':{'usesNonExemptEncryption':true}}}"),
                KindCase.on("notes-after", "not a boolean: stopped at its line")
                        .edit("apps/notes/app.yaml", "bundleId: com.example.notes",
                                "bundleId: com.example.notes\nexportCompliance:\n  usesNonExemptEncryption: maybe")
                        .refused("apps/notes/app.yaml:4:28: 'exportCompliance.usesNonExemptEncryption' must be true or false, found text"));
    }
}
