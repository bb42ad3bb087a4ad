package dev.ascctl.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.plan.Action;
import dev.ascctl.plan.ResourceChange;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.IdReference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Who waits for whom in a plan: parents, id references, runsAfter; waves in plan order; circles refused. */
class ChangeDependenciesTest {

    private static ResourceChange change(String address, String... idsUsed) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        ObjectNode data = body.putObject("data").put("type", "things");
        for (String used : idsUsed) {
            data.putObject("relationships").putObject("parent").putObject("data")
                    .put("type", "parents").put("id", IdReference.token(Address.parse(used)));
        }
        return new ResourceChange(Address.parse(address), "test", Action.CREATE, null, List.of(), 0,
                List.of(ApiCall.post("/v1/things", body)), null);
    }

    private static List<List<String>> waves(List<ResourceChange> changes) {
        ChangeDependencies dependencies = ChangeDependencies.of(changes);
        return dependencies.waves().stream()
                .map(w -> w.stream().map(i -> dependencies.changes().get(i).address().value()).toList()).toList();
    }

    @Test
    void aChangeWaitsForItsParentsItsIdReferencesAndItsRunsAfter() {
        ResourceChange app = change("app[a]");
        ResourceChange group = change("app[a].betaGroup[QA]");
        ResourceChange tester = change("app[a].betaTester[x@example.com]", "app[a].betaGroup[QA]");
        ResourceChange submit = change("app[a].submission").runningAfter(List.of(Address.parse("app[a].betaTester[x@example.com]")));
        ResourceChange elsewhere = change("app[b].locale[de-DE].info");
        List<ResourceChange> plan = List.of(submit, tester, group, app, elsewhere);

        ChangeDependencies dependencies = ChangeDependencies.of(plan);

        assertThat(dependencies.needs(1)).containsExactly(group, app);
        assertThat(dependencies.needs(0)).containsExactly(tester, app);
        assertThat(dependencies.needs(4)).isEmpty();
        assertThat(waves(plan)).containsExactly(
                List.of("app[a]", "app[b].locale[de-DE].info"),
                List.of("app[a].betaGroup[QA]"),
                List.of("app[a].betaTester[x@example.com]"),
                List.of("app[a].submission"));
    }

    @Test
    void aReferenceToWhatNoChangeMakesWaitsForNothing() {
        // e.g. an upload's asset, created inside its own change; or a parent that already exists and is unchanged
        ResourceChange set = change("app[a].version[1.0].screenshots[en-US/APP_IPHONE_67]",
                "app[a].version[1.0].screenshots[en-US/APP_IPHONE_67].asset[abc]");

        assertThat(waves(List.of(set))).containsExactly(List.of(set.address().value()));
    }

    @Test
    void changesWaitingForEachOtherInACircleAreRefused() {
        ResourceChange one = change("app[a].one", "app[a].two");
        ResourceChange two = change("app[a].two", "app[a].one");

        assertThatThrownBy(() -> ChangeDependencies.of(List.of(one, two)).waves())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("circle");
    }

    @Test
    void aPlanChangingOneAddressTwiceIsRefused() {
        assertThatThrownBy(() -> ChangeDependencies.of(List.of(change("app[a]"), change("app[a]"))))
                .hasMessageContaining("twice");
    }

    @Test
    void aLargePlanIsOrderedByItsNestingAndReferences() {
        // 100 apps of 5 levels: app, group (waits for the app), testers (use the group's id), a locale per app
        List<ResourceChange> plan = new ArrayList<>();
        for (int a = 0; a < 100; a++) {
            String app = "app[com.example.a" + a + "]";
            plan.add(change(app + ".locale[de-DE].info"));
            for (int t = 0; t < 10; t++) {
                plan.add(change(app + ".betaTester[t" + t + "@example.com]", app + ".betaGroup[QA]"));
            }
            plan.add(change(app + ".betaGroup[QA]"));
            plan.add(change(app));
        }

        List<List<String>> waves = waves(plan);

        assertThat(waves).hasSize(3);
        assertThat(waves.get(0)).hasSize(100).allMatch(a -> a.matches("app\\[com\\.example\\.a\\d+]"));
        assertThat(waves.get(1)).hasSize(200);
        assertThat(waves.get(2)).hasSize(1000).allMatch(a -> a.contains("betaTester"));
    }
}
