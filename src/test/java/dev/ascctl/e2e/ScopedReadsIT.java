package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.plan.Plan;
import dev.ascctl.plan.PlanFile;
import dev.ascctl.plan.SavedPlan;
import dev.ascctl.sandbox.RecordedExchange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Reads scoped to what a saved plan or {@code --target} touches (issue 12 scope 3): apply of a saved plan re-reads
 * only the apps its changes lie in, and the stale check stays exact there; {@code plan --target} reads only the
 * targeted apps.
 */
@SandboxStore(apps = {"com.example.a", "com.example.b", "com.example.c"}, store = SandboxStore.Store.EMPTY)
class ScopedReadsIT {
    static final List<String> APPS = List.of("com.example.a", "com.example.b", "com.example.c");
    SandboxFixture fixture;
    Path store;
    Path planFile;

    @BeforeEach
    void converged(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        planFile = fixture.folder().resolve("one.plan");
        writeStore(store, APPS);
        fixture.applyAndExpectNoChanges();
    }

    @Test
    void savedOneChangePlanRereadsOnlyItsApp() throws IOException {
        planOneChangeInB();
        fixture.sandbox.requestLog().clear();

        var apply = fixture.run("apply", planFile.toString());

        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        List<RecordedExchange> log = fixture.sandbox.requestLog().list();
        // /v1/apps filtered to b, b's appInfos and versions, then the one PATCH.
        assertThat(log).as(log.toString()).hasSize(4);
        assertThat(log.get(0).rawQuery()).contains("com.example.b").doesNotContain("com.example.a")
                .doesNotContain("com.example.c");
        assertThat(log.stream().filter(RecordedExchange::isWrite)).hasSize(1);
        assertThat(fixture.run("plan", "--store", store.toString(), "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void aHandEditToTheTouchedObjectIsStillRefusedAsStale() throws IOException {
        planOneChangeInB();
        var state = fixture.sandbox.state();
        String appB = state.find("apps", a -> "com.example.b".equals(a.get("bundleId"))).orElseThrow().id();
        var localization = state.find("appStoreVersionLocalizations", a -> "de-DE".equals(a.get("locale"))
                && belongsTo(a.get("description"), "B")).orElseThrow();
        state.patchAttributes("appStoreVersionLocalizations", localization.id(),
                Map.of("description", "Edited by hand in " + appB));
        fixture.sandbox.requestLog().clear();

        var apply = fixture.run("apply", planFile.toString());

        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("Saved plan is stale")
                .contains("app[com.example.b].version[1.0].locale[de-DE] changed in App Store Connect");
        assertThat(fixture.sandbox.requestLog().writes()).isEmpty();
    }

    @Test
    void aHandEditToAnotherAppDoesNotBlock() throws IOException {
        planOneChangeInB();
        var state = fixture.sandbox.state();
        var elsewhere = state.find("appStoreVersionLocalizations", a -> "de-DE".equals(a.get("locale"))
                && belongsTo(a.get("description"), "A")).orElseThrow();
        state.patchAttributes("appStoreVersionLocalizations", elsewhere.id(), Map.of("description", "Edited by hand"));
        fixture.sandbox.requestLog().clear();

        var apply = fixture.run("apply", planFile.toString());

        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(apply.out()).contains("app[com.example.b].version[1.0].locale[de-DE]: updated");
        assertThat(fixture.sandbox.requestLog().writes()).hasSize(1);
        // The hand edit in a is still there for the next plan (and drift) to show.
        var next = fixture.run("plan", "--store", store.toString());
        assertThat(next.out()).contains("app[com.example.a].version[1.0].locale[de-DE]").contains("Edited by hand");
    }

    @Test
    void aPlanFileThatDoesNotNameItsAppsRereadsEveryApp() throws IOException {
        planOneChangeInB();
        SavedPlan saved = PlanFile.loadSaved(planFile);
        Plan plan = saved.plan();
        Plan unscoped = new Plan(plan.formatVersion(), plan.createdAt(), plan.storeHash(), plan.bundleIds(),
                plan.changes(), plan.blocked(), plan.fingerprints(), plan.requestsUsed(),
                plan.estimatedApplyRequests(), plan.manualSteps());
        PlanFile.save(new SavedPlan(unscoped, saved.context()), planFile);
        fixture.sandbox.requestLog().clear();

        var apply = fixture.run("apply", planFile.toString());

        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(fixture.sandbox.requestLog().count()).isEqualTo(1 + 2 * APPS.size() + 1);
    }

    @Test
    void planTargetReadsOnlyTheTargetedApp() {
        fixture.sandbox.requestLog().clear();

        var plan = fixture.run("plan", "--store", store.toString(), "--target", "app[com.example.c]");

        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        List<RecordedExchange> log = fixture.sandbox.requestLog().list();
        assertThat(log).as(log.toString()).hasSize(3);
        assertThat(log.get(0).rawQuery()).contains("com.example.c").doesNotContain("com.example.a");
        assertThat(plan.out()).contains("3 used by plan");
    }

    @Test
    void planTargetInsideAnAppReadsThatAppAndPlansOnlyTheTarget() throws IOException {
        editDescription("com.example.b", "b", "de-DE");
        editDescription("com.example.a", "a", "de-DE");
        fixture.sandbox.requestLog().clear();

        var plan = fixture.run("plan", "--store", store.toString(), "--target",
                "app[com.example.b].version[1.0].locale[de-DE]");

        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(fixture.sandbox.requestLog().count()).isEqualTo(3);
        assertThat(plan.out()).contains("app[com.example.b].version[1.0].locale[de-DE]")
                .doesNotContain("com.example.a").contains("Plan: 0 to add, 1 to change, 0 to destroy.");
    }

    @Test
    void aMetadataChangeDoesNotReadTheAppsScreenshotsAgainButAScreenshotChangeDoes() throws IOException {
        Path set = store.resolve("apps/b/screenshots/en-US/APP_IPHONE_67");
        dev.ascctl.store.TestImages.writePng(set.resolve("01.png"), 1290, 2796, 1);
        dev.ascctl.store.TestImages.writePng(set.resolve("02.png"), 1290, 2796, 2);
        fixture.applyAndExpectNoChanges();

        planOneChangeInB();
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", planFile.toString());
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        // Only the metadata kind's reads: no screenshot set read of b's localizations.
        assertThat(fixture.sandbox.requestLog().list()).as(fixture.sandbox.requestLog().list().toString()).hasSize(4);

        // A screenshot change: its set's reads are the plan's, and a hand edit of that set is still stale.
        dev.ascctl.store.TestImages.writePng(set.resolve("02.png"), 1290, 2796, 3);
        var plan = fixture.run("plan", "--store", store.toString(), "--out", planFile.toString());
        assertThat(plan.out()).contains("screenshots[en-US/APP_IPHONE_67]");
        var state = fixture.sandbox.state();
        var first = state.find("appScreenshots", a -> "01.png".equals(a.get("fileName"))).orElseThrow();
        state.patchAttributes("appScreenshots", first.id(), Map.of("fileName", "01-renamed-by-hand.png"));
        fixture.sandbox.requestLog().clear();

        var stale = fixture.run("apply", planFile.toString());

        assertThat(stale.exitCode()).isEqualTo(1);
        assertThat(stale.err()).contains("Saved plan is stale").contains("screenshots[en-US/APP_IPHONE_67]");
        assertThat(fixture.sandbox.requestLog().writes()).isEmpty();
        assertThat(fixture.sandbox.requestLog().list()).anyMatch(e -> e.path().endsWith("/appScreenshotSets"));
    }

    private void planOneChangeInB() throws IOException {
        editDescription("com.example.b", "b", "de-DE");
        var plan = fixture.run("plan", "--store", store.toString(), "--out", planFile.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("Plan: 0 to add, 1 to change, 0 to destroy.");
    }

    private void editDescription(String bundleId, String folder, String locale) throws IOException {
        Path file = store.resolve("apps/" + folder + "/locales/" + locale + ".yaml");
        Files.writeString(file, Files.readString(file).replace("Second line.", "Second line, edited in git."));
        assertThat(Files.readString(file)).as(bundleId).contains("edited in git");
    }

    /** The generated descriptions name their app's letter, so a test finds an app's localization without ids. */
    private static boolean belongsTo(Object description, String letter) {
        return description != null && description.toString().startsWith("App " + letter + " ");
    }

    /** A store of the given apps (folders a, b, c), each with two locales, all as the sandbox's seed starts. */
    static void writeStore(Path root, List<String> bundleIds) throws IOException {
        Files.writeString(root.resolve("store.yaml"), "policy:\n  prune: {locales: false}\n");
        for (String bundleId : bundleIds) {
            String folder = bundleId.substring(bundleId.lastIndexOf('.') + 1);
            Path app = root.resolve("apps/" + folder);
            Files.createDirectories(app.resolve("locales"));
            Files.writeString(app.resolve("app.yaml"), """
                    bundleId: %s
                    platform: IOS
                    primaryLocale: en-US
                    version:
                      versionString: "1.0"
                    """.formatted(bundleId));
            for (String locale : List.of("en-US", "de-DE")) {
                Files.writeString(app.resolve("locales/" + locale + ".yaml"), """
                        name: App %s %s
                        description: |
                          App %s in %s.
                          Second line.
                        """.formatted(folder.toUpperCase(), locale, folder.toUpperCase(), locale));
            }
        }
    }
}
