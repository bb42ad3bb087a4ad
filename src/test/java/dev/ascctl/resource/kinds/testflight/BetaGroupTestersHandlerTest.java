package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.kinds.ExportCase;
import dev.ascctl.resource.kinds.KindCase;
import dev.ascctl.resource.kinds.KindTableTest;
import java.util.List;

/** Which group each tester is in (testflight.yaml testers[].groups): plan, by table. */
class BetaGroupTestersHandlerTest extends KindTableTest {

    @Override
    protected ResourceHandler<?> kind() {
        return new BetaGroupTestersHandler();
    }

    /** Memberships are read with the testers (BetaLive's reads, which the tester kind asks for). */
    @Override
    protected List<ResourceHandler<?>> readers(ResourceHandler<?> kind) {
        return List.of(new BetaTesterHandler(), kind);
    }

    @Override
    protected List<KindCase> cases() {
        return List.of(
                KindCase.on("notes-after", "as applied: no change").expect(),
                KindCase.on("notes-before", "the demo").expect(),
                KindCase.on("notes-after", "Ada also joins Public Beta")
                        .edit("apps/notes/testflight.yaml", "lastName: Lovelace, groups: [Team]", "lastName: Lovelace, groups: [Team, Public Beta]")
                        .expect(
                        "UPDATE app[com.example.notes].betaGroup[Public Beta].testers",
                        "POST /v1/betaGroups/75f9f2a8-7e14-418f-8293-af8b8aaba02d/relationships/betaTesters {'data':[{'type':'betaTesters','id':'dcafef6e-3cd9-4cdf-aa17-cad5c6e26c3b'}]}"),
                KindCase.on("notes-after", "Jane left out of every group: she stays without pruning")
                        .edit("apps/notes/testflight.yaml", "lastName: Doe, groups: [Public Beta]", "lastName: Doe, groups: []")
                        .expect(),
                KindCase.on("notes-after", "Jane left out of every group, pruning on: removed from Public Beta")
                        .edit("apps/notes/testflight.yaml", "lastName: Doe, groups: [Public Beta]", "lastName: Doe, groups: []")
                        .edit("store.yaml", "betaTesters: false", "betaTesters: true")
                        .expect(
                        "UPDATE app[com.example.notes].betaGroup[Public Beta].testers",
                        "DELETE /v1/betaGroups/75f9f2a8-7e14-418f-8293-af8b8aaba02d/relationships/betaTesters {'data':[{'type':'betaTesters','id':'cbbcd238-8b47-45e1-9e32-e40ee8d376f7'}]}"));
    }

    @Override
    protected List<ExportCase> exports() {
        return List.of(ExportCase.on("notes-after", "memberships are written with the testers: nothing here").expect());
    }
}
