package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.plan.PlanFiles;
import dev.ascctl.store.HostileStores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The hostile-store corpus through the real CLI against a live sandbox: exit 1, the one problem at its place on
 * stderr, no control character echoed, the canary never read, zero requests. And saved plans edited by hand:
 * refused by apply with no write.
 */
@SandboxStore
class HostileStoresCliIT {
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT).build();
    static SandboxFixture fixture;

    @BeforeAll
    static void start(SandboxFixture classFixture) {
        fixture = classFixture;
    }

    @BeforeEach
    void clearLog() {
        fixture.sandbox.requestLog().clear();
    }

    static List<HostileStores.Case> cases() {
        return HostileStores.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void planRefusesAtThePlaceAndSendsNothing(HostileStores.Case c, @TempDir Path dir) throws IOException {
        Path store = HostileStores.write(c, dir);

        var plan = fixture.cli().env("ASC_DEMO_PASSWORD", "demo-secret").env("ASC_PRIVATE_KEY", HostileStores.CANARY)
                .run("plan", "--store", store.toString());

        assertThat(plan.exitCode()).as(plan.toString()).isEqualTo(1);
        assertThat(plan.err()).as(plan.toString()).contains(store + "/" + c.location()).contains(c.fragment())
                .doesNotContain(HostileStores.CANARY).doesNotContain("\u001b").doesNotContain("Exception");
        assertThat(plan.out()).doesNotContain(HostileStores.CANARY);
        assertThat(fixture.sandbox.requestLog().count()).as("requests sent").isZero();
    }

    @Test
    void anEditedValueIsRefusedByShowAndApplyWithNoWrite(@TempDir Path temp) throws IOException {
        assertTamperedPlanRefused(temp, false, tree -> firstAttributes(tree).put(firstStringKey(tree), "EDITED"),
                "was edited after it was saved");
    }

    @Test
    void anAddedDeleteIsRefusedWithNoWrite(@TempDir Path temp) throws IOException {
        assertTamperedPlanRefused(temp, false, tree -> {
            ObjectNode delete = ((ObjectNode) tree.get("changes").get(0)).deepCopy();
            delete.put("action", "DELETE");
            ((ArrayNode) tree.get("changes")).add(delete);
        }, "was edited after it was saved");
    }

    @Test
    void removedFingerprintsAreRefusedWithNoWriteEvenWithANewChecksum(@TempDir Path temp) throws IOException {
        assertTamperedPlanRefused(temp, false, tree -> tree.putArray("fingerprints"), "was edited after it was saved");
        fixture.sandbox.requestLog().clear();
        assertTamperedPlanRefused(temp, true, tree -> tree.putArray("fingerprints"), "has no fingerprint in the plan");
    }

    @Test
    void anInjectedSecretReferenceIsRefusedWithNoWriteEvenWithANewChecksum(@TempDir Path temp) throws IOException {
        assertTamperedPlanRefused(temp, true, tree -> {
            String key = firstStringKey(tree);
            firstAttributes(tree).put(key, "${file:/etc/shadow}");
            ((ObjectNode) tree.get("changes").get(firstChangeWithAttributes(tree)).get("calls").get(0))
                    .putArray("secretPointers").add("/data/attributes/" + key);
        }, "allowed only in demoAccountPassword");
    }

    /** Plans the fixture's store to a file, edits it, and applies it: exit 1, the reason, not one write. */
    private void assertTamperedPlanRefused(Path temp, boolean reseal, Consumer<ObjectNode> edit, String reason)
            throws IOException {
        Path planFile = temp.resolve("release.plan");
        var plan = fixture.run("plan", "--store", fixture.store().toString(), "--out", planFile.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        ObjectNode tree = (ObjectNode) JSON.readTree(Files.readString(planFile));
        edit.accept(tree);
        if (reseal) {
            tree.remove("checksum");
            Files.writeString(planFile, PlanFiles.reseal(JSON.writeValueAsString(tree)));
        } else {
            Files.writeString(planFile, JSON.writeValueAsString(tree));
        }
        fixture.sandbox.requestLog().clear();

        var apply = fixture.run("apply", planFile.toString(), "--store", fixture.store().toString());

        assertThat(apply.exitCode()).as(apply.toString()).isEqualTo(1);
        assertThat(apply.err()).as(apply.toString()).contains(reason);
        assertThat(fixture.sandbox.requestLog().writes()).as("writes sent").isEmpty();
        if (!reseal) {
            var show = fixture.run("show", planFile.toString());
            assertThat(show.exitCode()).isEqualTo(1);
            assertThat(show.err()).contains(reason);
        }
    }

    private static int firstChangeWithAttributes(ObjectNode tree) {
        for (int i = 0; i < tree.get("changes").size(); i++) {
            var calls = tree.get("changes").get(i).path("calls");
            if (calls.size() > 0 && calls.get(0).path("body").path("data").path("attributes").isObject()
                    && calls.get(0).path("body").path("data").path("attributes").properties().stream()
                    .anyMatch(e -> e.getValue().isString())) {
                return i;
            }
        }
        throw new AssertionError("the fixture's plan has no call with a text attribute");
    }

    private static ObjectNode firstAttributes(ObjectNode tree) {
        return (ObjectNode) tree.get("changes").get(firstChangeWithAttributes(tree)).get("calls").get(0)
                .get("body").get("data").get("attributes");
    }

    private static String firstStringKey(ObjectNode tree) {
        return firstAttributes(tree).properties().stream().filter(e -> e.getValue().isString())
                .map(java.util.Map.Entry::getKey).findFirst().orElseThrow();
    }
}
