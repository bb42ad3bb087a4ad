package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** TestFlight testers (testflight.yaml testers:): plan and import, by table. */
class BetaTesterHandlerTest extends KindTableTest {
    static final String JANE = "cbbcd238-8b47-45e1-9e32-e40ee8d376f7";

    @Override
    protected ResourceHandler<?> kind() {
        return new BetaTesterHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: two testers invited").expect(
                        "CREATE app[com.example.notes].betaTester[jane@example.com]",
                        "POST /v1/betaTesters {'data':{'type':'betaTesters','attributes':{'email':'jane@example.com','firstName':'Jane','lastName':'Doe'},'relationships':{'betaGroups':{'data':[{'type':'betaGroups','id':'{{id:app[com.example.notes].betaGroup[Public Beta]}}'}]}}}}",
                        "CREATE app[com.example.notes].betaTester[max.mustermann@example.de]",
                        "POST /v1/betaTesters {'data':{'type':'betaTesters','attributes':{'email':'max.mustermann@example.de','firstName':'Max','lastName':'Mustermann'},'relationships':{'betaGroups':{'data':[{'type':'betaGroups','id':'{{id:app[com.example.notes].betaGroup[Public Beta]}}'}]}}}}"),
                KindCase.on("notes-after", "a new tester: invited into the groups named")
                        .edit("apps/notes/testflight.yaml", "testers:\n", "testers:\n  - {email: ines@example.com, firstName: Ines, lastName: Neu, groups: [Public Beta]}\n")
                        .expect(
                        "CREATE app[com.example.notes].betaTester[ines@example.com]",
                        "POST /v1/betaTesters {'data':{'type':'betaTesters','attributes':{'email':'ines@example.com','firstName':'Ines','lastName':'Neu'},'relationships':{'betaGroups':{'data':[{'type':'betaGroups','id':'75f9f2a8-7e14-418f-8293-af8b8aaba02d'}]}}}}"),
                KindCase.on("notes-after", "a name changed: Apple cannot rename a tester")
                        .edit("apps/notes/testflight.yaml", "firstName: Jane", "firstName: Janet")
                        .expect(
                        "BLOCKED app[com.example.notes].betaTester[jane@example.com]: betaTester objects cannot be changed through Apple's API"),
                KindCase.on("notes-after", "a tester the file drops stays (no pruning)")
                        .edit("apps/notes/testflight.yaml", "  - {email: jane@example.com, firstName: Jane, lastName: Doe, groups: [Public Beta]}\n", "")
                        .expect(),
                KindCase.on("notes-after", "a tester the file drops is removed with pruning on")
                        .edit("apps/notes/testflight.yaml", "  - {email: jane@example.com, firstName: Jane, lastName: Doe, groups: [Public Beta]}\n", "")
                        .edit("store.yaml", "betaTesters: false", "betaTesters: true")
                        .expect(
                        "DELETE app[com.example.notes].betaTester[jane@example.com] (it is not in the store and pruning is on for betaTesters)",
                        "DELETE /v1/betaTesters/cbbcd238-8b47-45e1-9e32-e40ee8d376f7/relationships/apps {'data':[{'type':'apps','id':'1500000000'}]}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "three testers").expect(
                        "apps.notes.testflight.testers[email=ada@example.com] {'firstName':'Ada','lastName':'Lovelace','groups':['Team']}",
                        "apps.notes.testflight.testers[email=jane@example.com] {'firstName':'Jane','lastName':'Doe','groups':['Public Beta']}",
                        "apps.notes.testflight.testers[email=max.mustermann@example.de] {'firstName':'Max','lastName':'Mustermann','groups':['Public Beta']}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.testflight.testers[email=ada@example.com] {'firstName':'Ada','lastName':'Lovelace','groups':['Team','Public Beta']}",
                        "apps.notes.testflight.testers[email=jane@example.com] {'firstName':'Jane','lastName':'Doe','groups':['Public Beta']}",
                        "apps.notes.testflight.testers[email=max.mustermann@example.de] {'firstName':'Max','lastName':'Mustermann','groups':['Press']}"));
    }
}
