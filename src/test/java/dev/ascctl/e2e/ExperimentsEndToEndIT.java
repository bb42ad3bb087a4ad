package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.rules.ExperimentRules;
import dev.ascctl.store.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Product page optimization end to end (issue 17 scope 3, the must-show): a test with two treatments, each with
 * screenshots in two locales, made and started in one apply (submitted for App Review, started on acceptance), the
 * next plan clean; App Review accepts it and it runs, still clean; an unchanged screenshot is never uploaded again;
 * stopped in one apply; every exchange conforms to Apple's spec and none goes to the deprecated v1 experiments.
 */
@SandboxStore(seed = "src/test/resources/sandbox/experiments-seed.yaml", store = SandboxStore.Store.EMPTY)
class ExperimentsEndToEndIT {
    SandboxFixture fixture;
    Path store;
    Path app;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        app = store.resolve("apps/notes");
        Files.createDirectories(app.resolve("locales"));
        Files.writeString(app.resolve("app.yaml"), "bundleId: com.example.notes\nplatform: IOS\nprimaryLocale: en-US\n");
        Files.writeString(app.resolve("locales/en-US.yaml"), "name: Notes\n");
        Files.writeString(app.resolve("locales/de-DE.yaml"), "name: Notizen\n");
        int seed = 1;
        for (String treatment : List.of("Bold", "Dark")) {
            for (String locale : List.of("en-US", "de-DE")) {
                Path set = app.resolve("experiments/Bold screenshots/" + treatment + "/screenshots/" + locale
                        + "/APP_IPHONE_67");
                Files.createDirectories(set);
                Files.write(set.resolve("01-home.png"), TestImages.png(1290, 2796, seed++));
                Files.write(set.resolve("02-lists.png"), TestImages.png(1290, 2796, seed++));
            }
        }
    }

    private void experiments(String state) throws IOException {
        Files.writeString(app.resolve("experiments.yaml"), """
                experiments:
                  - name: Bold screenshots
                    trafficProportion: 30
                    state: %s
                    treatments:
                      - name: Bold
                        appIconName: AppIcon-Bold
                      - name: Dark
                """.formatted(state));
    }

    /** Applies, checks every exchange's conformance, then that the next plan is clean; the apply's log. */
    private List<RecordedExchange> applyConverging() {
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        List<RecordedExchange> log = fixture.sandbox.requestLog().list();
        OpenApiConformance.assertConforms(log);
        assertThat(log).noneMatch(e -> e.path().startsWith("/v1/appStoreVersionExperiments"));
        assertClean();
        return log;
    }

    private void assertClean() {
        fixture.sandbox.requestLog().clear();
        var plan = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    private StoredResource experiment() {
        List<StoredResource> all = fixture.sandbox.state().all(ExperimentRules.TYPE);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static long count(List<RecordedExchange> log, String method, String pathPart) {
        return log.stream().filter(e -> e.method().equals(method) && e.path().contains(pathPart)).count();
    }

    @Test
    void madeStartedRunningAndStoppedEachInOneApply() throws IOException {
        experiments("running");
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("app[com.example.notes].experiment[Bold screenshots] will be created")
                .contains("experiment[Bold screenshots].treatment[Dark] will be created")
                .contains("experiment[Bold screenshots].treatment[Bold].screenshots[de-DE/APP_IPHONE_67] will be created")
                .contains("experiment[Bold screenshots].state will be created");

        List<RecordedExchange> made = applyConverging();
        assertThat(count(made, "POST", "/v2/appStoreVersionExperiments")).isEqualTo(1);
        assertThat(count(made, "POST", "/v1/appStoreVersionExperimentTreatments")).isEqualTo(2);
        assertThat(count(made, "POST", "/v1/appStoreVersionExperimentTreatmentLocalizations")).isEqualTo(4);
        assertThat(count(made, "POST", "/v1/appScreenshotSets")).isEqualTo(4);
        assertThat(count(made, "POST", "/v1/appScreenshots")).isEqualTo(8);
        assertThat(count(made, "POST", "/v1/reviewSubmissionItems")).isEqualTo(1);
        StoredResource test = experiment();
        assertThat(test.attribute("state")).isEqualTo("WAITING_FOR_REVIEW");
        assertThat(test.attribute("trafficProportion")).isEqualTo(30);
        assertThat(fixture.sandbox.state().referencing(ExperimentRules.TREATMENTS, "appStoreVersionExperimentV2",
                test.id())).extracting(t -> t.attribute("name")).containsExactlyInAnyOrder("Bold", "Dark");

        // App Review accepts the test: the start asked for happens then, and the plan stays clean.
        ExperimentRules.advance(fixture.sandbox.state(), test.id());
        ExperimentRules.advance(fixture.sandbox.state(), test.id());
        assertThat(experiment().attribute("startDate")).isNotNull();
        assertClean();

        // A running test's treatments are locked: a changed screenshot is listed apart, nothing is sent.
        Path first = app.resolve("experiments/Bold screenshots/Bold/screenshots/en-US/APP_IPHONE_67/01-home.png");
        Files.write(first, TestImages.png(1290, 2796, 99));
        var locked = fixture.run("plan", "--store", store.toString());
        assertThat(locked.out()).contains("Apple locks its treatments once it is submitted for review");
        Files.write(first, TestImages.png(1290, 2796, 1));

        experiments("stopped");
        List<RecordedExchange> stopped = applyConverging();
        assertThat(stopped.stream().filter(RecordedExchange::isWrite).map(e -> e.method() + " " + e.path()
                .replaceAll("[0-9a-f-]{36}", "{id}"))).containsExactly("PATCH /v2/appStoreVersionExperiments/{id}");
        assertThat(experiment().attribute("state")).isEqualTo("STOPPED");
        assertThat(count(stopped, "POST", "/v1/appScreenshots")).isZero();
    }
}
