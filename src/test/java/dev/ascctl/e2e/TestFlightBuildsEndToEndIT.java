package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.http.SandboxAdmin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** testflight.yaml builds: the builds each group gets, What to Test, beta review; each apply ends with no changes. */
@SandboxStore
class TestFlightBuildsEndToEndIT {
    SandboxFixture fixture;
    Path store;
    String appId;

    @BeforeEach
    void start(SandboxFixture fixture) {
        this.fixture = fixture;
        store = fixture.store();
        var state = fixture.sandbox.state();
        appId = state.find("apps", a -> "com.example.notes".equals(a.get("bundleId"))).orElseThrow().id();
        SandboxAdmin.addBuild(state, appId, "10", "2.4.0", "IOS", "VALID", Instant.parse("2026-01-01T10:00:00Z"));
        SandboxAdmin.addBuild(state, appId, "11", "2.4.0", "IOS", "VALID", Instant.parse("2026-01-02T10:00:00Z"));
        SandboxAdmin.addBuild(state, appId, "12", "2.4.0", "IOS", "PROCESSING", Instant.parse("2026-01-03T10:00:00Z"));
    }

    private void write(String testflight) throws IOException {
        Files.writeString(store.resolve("apps/notes/testflight.yaml"), testflight);
    }

    private List<String> buildsOf(String group) {
        var state = fixture.sandbox.state();
        String groupId = state.find("betaGroups", a -> group.equals(a.get("name"))).orElseThrow().id();
        return state.referencing("builds", "betaGroups", groupId).stream()
                .map(b -> String.valueOf(b.attribute("version"))).sorted().toList();
    }

    private StoredResource build(String number) {
        return fixture.sandbox.state().find("builds", a -> number.equals(a.get("version"))).orElseThrow();
    }

    @Test
    void groupBuildsWhatToTestAndBetaReviewEndWithNoChanges() throws IOException {
        write("""
                groups:
                  - {name: QA, builds: ["10", latest]}
                  - {name: External, builds: ["10"]}
                builds:
                  - build: "10"
                    localizations:
                      en-US: {whatsNew: Try the new sync.}
                      de-DE: {whatsNew: Probiere den neuen Abgleich.}
                    submitForReview: true
                """);
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).as(plan.toString()).contains("app[com.example.notes].betaGroup[QA].builds")
                .contains("app[com.example.notes].betaBuild[10].locale[en-US]")
                .contains("app[com.example.notes].betaBuild[10].betaReview");
        fixture.applyAndExpectNoChanges();
        assertThat(buildsOf("QA")).containsExactly("10", "11");   // latest = 11: 12 is still processing
        assertThat(buildsOf("External")).containsExactly("10");
        var state = fixture.sandbox.state();
        assertThat(state.referencing("betaBuildLocalizations", "build", build("10").id())).hasSize(2);
        assertThat(state.referencing("betaAppReviewSubmissions", "build", build("10").id()))
                .singleElement().satisfies(s -> assertThat(s.attribute("betaReviewState")).isEqualTo("WAITING_FOR_REVIEW"));

        // Build 12 finishes processing: latest moves to it, QA gets it; 11 stays (pruning is off).
        state.patchAttributes("builds", build("12").id(), java.util.Map.of("processingState", "VALID"));
        write("""
                groups:
                  - {name: QA, builds: ["10", latest]}
                  - {name: External, builds: ["10"]}
                builds:
                  - build: "10"
                    localizations:
                      en-US: {whatsNew: "Try the new sync, again."}
                      de-DE: {whatsNew: Probiere den neuen Abgleich.}
                    submitForReview: true
                """);
        fixture.applyAndExpectNoChanges();
        assertThat(buildsOf("QA")).containsExactly("10", "11", "12");

        // Pruning group builds: QA keeps only what it lists.
        Files.writeString(store.resolve("store.yaml"), Files.readString(store.resolve("store.yaml"))
                .replace("betaTesters: false", "betaTesters: false\n    betaGroupBuilds: true"));
        var prune = fixture.run("plan", "--store", store.toString());
        assertThat(prune.out()).as(prune.toString()).contains("betaGroup[QA].builds");
        fixture.applyAndExpectNoChanges();
        assertThat(buildsOf("QA")).containsExactly("10", "12");
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void aBuildStillProcessingIsRefusedInThePlanAndNothingIsSent() throws IOException {
        write("""
                groups: [{name: QA}]
                builds:
                  - {build: "12", submitForReview: true}
                """);
        fixture.applyAndExpectNoChanges();
        fixture.sandbox.requestLog().clear();
        write("""
                groups: [{name: QA, builds: ["12"]}]
                builds:
                  - {build: "12", submitForReview: true}
                """);
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).as(plan.toString()).contains("build 12 is still processing");
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(fixture.sandbox.requestLog().list().stream().filter(e -> e.isWrite())).isEmpty();
        assertThat(fixture.sandbox.state().all("betaAppReviewSubmissions")).isEmpty();
    }
}
