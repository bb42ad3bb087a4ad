package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** TestFlight groups (testflight.yaml groups:): plan and import, by table. */
class BetaGroupHandlerTest extends KindTableTest {
    static final String PUBLIC = "75f9f2a8-7e14-418f-8293-af8b8aaba02d";

    @Override
    protected ResourceHandler<?> kind() {
        return new BetaGroupHandler();
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo: Public Beta created").expect(
                        "CREATE app[com.example.notes].betaGroup[Public Beta]",
                        "POST /v1/betaGroups {'data':{'type':'betaGroups','attributes':{'name':'Public Beta','publicLinkEnabled':true,'publicLinkLimitEnabled':true,'publicLinkLimit':500,'feedbackEnabled':true},'relationships':{'app':{'data':{'type':'apps','id':'1500000000'}}}}}"),
                KindCase.on("notes-after", "public link limit changed: PATCH of it alone")
                        .edit("apps/notes/testflight.yaml", "publicLinkLimit: 500", "publicLinkLimit: 1000")
                        .expect(
                        "UPDATE app[com.example.notes].betaGroup[Public Beta]",
                        "PATCH /v1/betaGroups/75f9f2a8-7e14-418f-8293-af8b8aaba02d {'data':{'type':'betaGroups','id':'75f9f2a8-7e14-418f-8293-af8b8aaba02d','attributes':{'publicLinkLimit':1000}}}"),
                KindCase.on("notes-after", "isInternalGroup is fixed at creation: refused, not sent")
                        .edit("apps/notes/testflight.yaml", "  - name: Public Beta\n", "  - name: Public Beta\n    isInternalGroup: true\n")
                        .expect(
                        "BLOCKED app[com.example.notes].betaGroup[Public Beta]: Apple sets 'isInternalGroup' only when a group is created; to change it, create a group under a new name and move the testers (or delete this one with policy.prune.betaGroups)"),
                KindCase.on("notes-after", "a group the file no longer lists stays (no pruning)")
                        .edit("apps/notes/testflight.yaml", "  - name: Team\n    isInternalGroup: true\n    hasAccessToAllBuilds: true\n", "")
                        .edit("apps/notes/testflight.yaml", "groups: [Team]", "groups: [Public Beta]")
                        .expect(),
                KindCase.on("notes-after", "Apple lost Public Beta: created again")
                        .live(f -> f.remove("betaGroups", PUBLIC)).expect(
                        "CREATE app[com.example.notes].betaGroup[Public Beta]",
                        "POST /v1/betaGroups {'data':{'type':'betaGroups','attributes':{'name':'Public Beta','publicLinkEnabled':true,'publicLinkLimitEnabled':true,'publicLinkLimit':500,'feedbackEnabled':true},'relationships':{'app':{'data':{'type':'apps','id':'1500000000'}}}}}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "both groups").expect(
                        "apps.notes.testflight.groups[name=Team] {'isInternalGroup':true,'hasAccessToAllBuilds':true,'publicLinkEnabled':false,'publicLinkLimitEnabled':false,'feedbackEnabled':true}",
                        "apps.notes.testflight.groups[name=Public Beta] {'isInternalGroup':false,'hasAccessToAllBuilds':false,'publicLinkEnabled':true,'publicLinkLimitEnabled':true,'publicLinkLimit':500,'feedbackEnabled':true}"),
                ExportCase.on("weather", "the adoption seed").expect(
                        "apps.notes.testflight.groups[name=Team] {'isInternalGroup':true,'hasAccessToAllBuilds':true,'publicLinkEnabled':false,'publicLinkLimitEnabled':false,'feedbackEnabled':true}",
                        "apps.notes.testflight.groups[name=Public Beta] {'isInternalGroup':false,'hasAccessToAllBuilds':false,'publicLinkEnabled':true,'publicLinkLimitEnabled':true,'publicLinkLimit':500,'feedbackEnabled':true}",
                        "apps.notes.testflight.groups[name=Press] {'isInternalGroup':false,'hasAccessToAllBuilds':false,'publicLinkEnabled':false,'publicLinkLimitEnabled':false,'feedbackEnabled':false}"));
    }
}
