package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** plan → apply → plan against the sandbox, through the real CLI, with every exchange checked against Apple's spec. */
@SandboxStore
class PlanApplyEndToEndIT {
    SandboxFixture fixture;
    Path store;
    final CliRunner cli = new CliRunner();

    @BeforeEach
    void start(SandboxFixture fixture) {
        this.fixture = fixture;
        store = fixture.store();
    }

    @Test
    void planShowsChangesApplyMakesThemAndTheNextPlanIsClean() {
        var first = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(first.exitCode()).as(first.toString()).isEqualTo(2);
        assertThat(first.out()).contains("will be created").contains("will be updated in-place")
                .containsPattern("Plan: \\d+ to add, \\d+ to change, 0 to destroy\\.");
        long writesDuringPlan = fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite).count();
        assertThat(writesDuringPlan).isZero();

        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(apply.out()).contains("Apply complete!").doesNotContain("FAILED");

        fixture.sandbox.requestLog().clear();
        var second = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("No changes can be applied now.").doesNotContain("Plan:");

        var noop = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(noop.exitCode()).as(noop.toString()).isZero();
        assertThat(fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
    }

    @Test
    void everyRequestAndResponseConformsToApplesSpec() {
        fixture.run("plan", "--store", store.toString());
        fixture.run("apply", "--store", store.toString(), "--auto-approve");
        fixture.run("plan", "--store", store.toString());
        var exchanges = fixture.sandbox.requestLog().list();
        assertThat(exchanges).hasSizeGreaterThan(5);
        assertThat(exchanges.stream().filter(RecordedExchange::isWrite)).isNotEmpty();
        OpenApiConformance.assertConforms(exchanges);
    }

    @Test
    void planUsesOnePlusTwoRequestsPerApp() {
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(fixture.sandbox.requestLog().count()).isEqualTo(3);
        assertThat(plan.out()).contains("3 used by plan");
    }

    @Test
    void savedPlanIsAppliedWhenNothingChanged() {
        Path planFile = fixture.folder().resolve("notes.plan");
        var plan = fixture.run("plan", "--store", store.toString(), "--out", planFile.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        var show = fixture.run("show", planFile.toString());
        assertThat(show.out()).isEqualTo(plan.out());
        var apply = fixture.run("apply", planFile.toString(), "--store", store.toString());
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(fixture.run("plan", "--store", store.toString(), "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void savedPlanRemembersItsStoreEndpointAndProfileAndIsAppliedFromAnotherFolder() throws Exception {
        Path repo = store.getParent();
        var plan = new CliRunner().workDir(repo).sandbox(fixture.url(), "plan", "--store", "store", "--out",
                "notes.plan");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        String hint = plan.err().lines().filter(l -> l.contains("apply it with: ")).findFirst().orElseThrow();
        assertThat(hint).endsWith("apply it with: ascctl apply notes.plan");
        assertThat(Files.readString(repo.resolve("notes.plan"))).contains("\"store\" : \"store\"")
                .contains("\"endpoint\" : \"" + fixture.url().replaceAll("/$", "") + "\"")
                .contains("\"profile\" : \"sandbox\"").doesNotContain("PRIVATE KEY");

        // Applied from another folder: no --store, --endpoint or --profile.
        Path elsewhere = Files.createDirectories(fixture.folder().resolve("elsewhere"));
        var apply = new CliRunner().workDir(elsewhere).run("apply", "../notes.plan");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(apply.out()).contains("Apply complete!").doesNotContain("FAILED");
        assertThat(fixture.run("plan", "--store", store.toString(), "--detailed-exitcode").exitCode()).isZero();

        // The printed hint, word for word, from the folder it was printed in, after an edit.
        Path english = store.resolve("apps/notes/locales/en-US.yaml");
        Files.writeString(english, Files.readString(english).replaceFirst("(?m)^description: \\|\n",
                "description: |\n  Now with folders.\n"));
        var again = new CliRunner().workDir(repo).sandbox(fixture.url(), "plan", "--store", "store", "--out",
                "notes.plan");
        assertThat(again.out()).contains("will be updated in-place");
        String[] words = hint.substring(hint.indexOf("ascctl apply ") + "ascctl ".length()).split(" ");
        var hinted = new CliRunner().workDir(repo).run(words);
        assertThat(hinted.exitCode()).as(hinted.toString()).isZero();
        assertThat(fixture.run("plan", "--store", store.toString(), "--detailed-exitcode").exitCode()).isZero();
    }

    @Test
    void savedPlanMovedAwayFromItsStoreSaysSoAndTakesTheStoreGivenAgain() throws Exception {
        Path planFile = fixture.folder().resolve("notes.plan");
        assertThat(fixture.run("plan", "--store", store.toString(), "--out", planFile.toString()).exitCode()).isZero();
        Path moved = Files.move(planFile, Files.createDirectories(fixture.folder().resolve("archive")).resolve("notes.plan"));

        var lost = new CliRunner().run("apply", moved.toString());
        assertThat(lost.exitCode()).isEqualTo(1);
        assertThat(lost.err()).contains("records its store folder as 'store'").contains("--store DIR");

        var found = new CliRunner().run("apply", moved.toString(), "--store", store.toString());
        assertThat(found.exitCode()).as(found.toString()).isZero();
    }

    @Test
    void savedPlanMadeAgainstAnotherEndpointIsRefusedWithNoRequest() throws Exception {
        Path planFile = fixture.folder().resolve("notes.plan");
        assertThat(fixture.run("plan", "--store", store.toString(), "--out", planFile.toString()).exitCode()).isZero();
        Path team = Files.createDirectories(fixture.folder().resolve("team"));
        Files.createDirectories(team.resolve("config"));
        Files.writeString(team.resolve("config/ascctl.yaml"), "profiles:\n  staging:\n"
                + "    endpoint: https://staging.example.com\n    keyId: STAGING\n    issuerId: staging\n"
                + "    privateKeyPath: " + CliRunner.REPO.resolve("config/sandbox/AuthKey_SANDBOX001.p8") + "\n");
        fixture.sandbox.requestLog().clear();

        var otherEndpoint = new CliRunner().workDir(team).run("--endpoint", "http://127.0.0.1:1", "apply",
                planFile.toString());
        assertThat(otherEndpoint.exitCode()).isEqualTo(1);
        assertThat(otherEndpoint.err()).contains("made against " + fixture.url().replaceAll("/$", ""))
                .contains("--endpoint points this apply at http://127.0.0.1:1").contains("Nothing was applied");

        var otherProfile = new CliRunner().workDir(team).run("--profile", "staging", "apply", planFile.toString());
        assertThat(otherProfile.exitCode()).isEqualTo(1);
        assertThat(otherProfile.err()).contains("--profile staging points this apply at https://staging.example.com");

        assertThat(fixture.sandbox.requestLog().count()).isZero();
        assertThat(fixture.run("plan", "--store", store.toString(), "--detailed-exitcode").exitCode()).isEqualTo(2);
    }

    @Test
    void savedPlanIsRefusedAsStaleAfterAHandEditWithNoWrite() {
        Path planFile = fixture.folder().resolve("notes.plan");
        assertThat(fixture.run("plan", "--store", store.toString(), "--out", planFile.toString()).exitCode()).isZero();
        // Someone edits the en-US description in the App Store Connect web UI after the plan was reviewed.
        var state = fixture.sandbox.state();
        var localization = state.find("appStoreVersionLocalizations", a -> "en-US".equals(a.get("locale")))
                .orElseThrow();
        state.patchAttributes("appStoreVersionLocalizations", localization.id(),
                java.util.Map.of("description", "Edited by hand"));
        fixture.sandbox.requestLog().clear();

        var apply = fixture.run("apply", planFile.toString(), "--store", store.toString());
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("Saved plan is stale").contains("version[");
        assertThat(fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
    }

    @Test
    void applyWithoutAutoApproveNeedsATypedYes() {
        var refused = cli.stdin("y\n").sandbox(fixture.url(), "apply", "--store", store.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("Only 'yes' will be accepted").contains("Apply cancelled");
        assertThat(fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();

        var accepted = new CliRunner().stdin("yes\n").sandbox(fixture.url(), "apply", "--store", store.toString());
        assertThat(accepted.exitCode()).as(accepted.toString()).isZero();
        assertThat(accepted.out()).contains("Apply complete!");
    }

    @Test
    void targetPlansOnlyThatObject() {
        var plan = fixture.run("plan", "--store", store.toString(), "--target", "app[com.example.notes].ageRating");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("app[com.example.notes].ageRating").doesNotContain(".locale[");
    }

    @Test
    void jsonAndMarkdownFormats() {
        var json = fixture.run("plan", "--store", store.toString(), "--format", "json");
        assertThat(json.out()).contains("\"format_version\"").contains("\"resource_changes\"");
        var markdown = fixture.run("plan", "--store", store.toString(), "--format", "markdown");
        assertThat(markdown.out()).startsWith("<!--").contains("<details>").contains("```diff");
    }

    @Test
    void anAppThatDoesNotExistIsAManualStep() throws Exception {
        Path appYaml = store.resolve("apps/notes/app.yaml");
        Files.writeString(appYaml, Files.readString(appYaml).replace("com.example.notes", "com.example.missing"));
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).isEqualTo(1);
        assertThat(plan.err()).contains("com.example.missing").contains("Apps → + → New App");
    }

    @Test
    void unknownFormatIsAUsageErrorWithExitOne() {
        var plan = fixture.run("plan", "--store", store.toString(), "--format", "yaml");
        assertThat(plan.exitCode()).isEqualTo(1);
        assertThat(fixture.sandbox.requestLog().count()).isZero();
    }
}
