package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** The builds each group gets (testflight.yaml groups[].builds): plan and import, by table. */
class BetaGroupBuildsHandlerTest extends KindTableTest {

    @Override
    protected ResourceHandler<?> kind() {
        return new BetaGroupBuildsHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: 245 added to Public Beta").expect(
                        "UPDATE app[com.example.notes].betaGroup[Public Beta].builds",
                        "POST /v1/betaGroups/{{id:app[com.example.notes].betaGroup[Public Beta]}}/relationships/builds {'data':[{'type':'builds','id':'ec253db9-61de-4085-9279-337678131267'}]}"),
                KindCase.on("notes-after", "244 added too")
                        .edit("apps/notes/testflight.yaml", "builds: [\"245\"]", "builds: [\"245\", \"244\"]")
                        .expect(
                        "UPDATE app[com.example.notes].betaGroup[Public Beta].builds",
                        "POST /v1/betaGroups/75f9f2a8-7e14-418f-8293-af8b8aaba02d/relationships/builds {'data':[{'type':'builds','id':'63ec679b-5a1f-4a52-8d71-090c7a2cd656'}]}"),
                KindCase.on("notes-after", "latest: the newest valid build, already there")
                        .edit("apps/notes/testflight.yaml", "builds: [\"245\"]", "builds: [latest]")
                        .expect(),
                KindCase.on("notes-after", "a build Apple does not have")
                        .edit("apps/notes/testflight.yaml", "builds: [\"245\"]", "builds: [\"999\"]")
                        .expect(
                        "BLOCKED app[com.example.notes].betaGroup[Public Beta].builds: build 999 does not exist for com.example.notes on IOS"),
                KindCase.on("notes-after", "245 dropped from the list: it stays without pruning")
                        .edit("apps/notes/testflight.yaml", "builds: [\"245\"]", "builds: []")
                        .expect());
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "Public Beta has 245").expect(
                        "apps.notes.testflight.groups[name=Public Beta] {'builds':['245']}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.testflight.groups[name=Public Beta] {'builds':['410','412']}",
                        "apps.notes.testflight.groups[name=Press] {'builds':['410']}"));
    }
}
