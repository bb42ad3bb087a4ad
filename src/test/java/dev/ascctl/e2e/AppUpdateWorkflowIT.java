package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "App Update" checklist of a real team, through the CLI against the sandbox: new version → whatsNew for every
 * locale → build → submit → approved (App Review played by the test through /sandbox-admin) → phased release →
 * pause → resume → complete. Every step is asserted in plan or command output; every /v1 exchange conforms.
 */
@SandboxModes
class AppUpdateWorkflowIT {
    private static final String SEED = """
            apps:
              - bundleId: com.example.notes
                attributes: {contentRightsDeclaration: DOES_NOT_USE_THIRD_PARTY_CONTENT}
                appInfos:
                  - state: READY_FOR_DISTRIBUTION
                    locales:
                      en-US: {name: Notes, privacyPolicyUrl: "https://example.com/privacy"}
                      de-DE: {name: Notizen, privacyPolicyUrl: "https://example.com/de/privacy"}
                    ageRating: {alcoholTobaccoOrDrugUseOrReferences: NONE, contests: NONE, gamblingSimulated: NONE,
                      medicalOrTreatmentInformation: NONE, profanityOrCrudeHumor: NONE,
                      sexualContentGraphicAndNudity: NONE, sexualContentOrNudity: NONE, horrorOrFearThemes: NONE,
                      matureOrSuggestiveThemes: NONE, violenceCartoonOrFantasy: NONE,
                      violenceRealisticProlongedGraphicOrSadistic: NONE, violenceRealistic: NONE,
                      unrestrictedWebAccess: false, gambling: false}
                builds:
                  - {version: "240", versionString: "2.4.0", processingState: VALID, uploadedDate: "2026-01-01T10:00:00Z"}
                  - {version: "250", versionString: "2.5.0", processingState: VALID, uploadedDate: "2026-02-01T10:00:00Z"}
                versions:
                  - versionString: "2.4.0"
                    state: READY_FOR_DISTRIBUTION
                    build: "240"
                    locales:
                      en-US: {description: Notes., keywords: "notes,lists", supportUrl: "https://example.com/help", whatsNew: Fixes.}
                      de-DE: {description: Notizen., keywords: "notizen", supportUrl: "https://example.com/de/help", whatsNew: Fehler.}
                    screenshotSets: {en-US: [APP_IPHONE_67]}
            """;
    private static final String APP = """
            bundleId: com.example.notes
            platform: IOS
            primaryLocale: en-US
            version:
              versionString: "2.5.0"
              releaseType: AFTER_APPROVAL
              phasedRelease: true
              build: "250"
              submitForReview: true
            review: {contactFirstName: Ada, contactLastName: Lovelace, contactEmail: ada@example.com, contactPhone: "+1 555 0100"}
            """;

    @TempDir
    Path temp;
    Sandbox sandbox;
    final CliRunner cli = new CliRunner();

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private Path store(String appYaml, String enWhatsNew, String deWhatsNew) throws IOException {
        Path app = temp.resolve("store/apps/notes");
        Files.createDirectories(app.resolve("locales"));
        Files.writeString(app.resolve("app.yaml"), appYaml);
        Files.writeString(app.resolve("locales/en-US.yaml"), enWhatsNew == null ? "{}\n" : "whatsNew: " + enWhatsNew + "\n");
        Files.writeString(app.resolve("locales/de-DE.yaml"), deWhatsNew == null ? "{}\n" : "whatsNew: " + deWhatsNew + "\n");
        return temp.resolve("store");
    }

    private void startSandbox(String seed) throws IOException {
        Path seedFile = temp.resolve("seed.yaml");
        Files.writeString(seedFile, seed);
        sandbox = Sandbox.start(SandboxFixture.sandboxOptions().withSeedFile(seedFile));
    }

    private CliRunner.Result run(String... args) {
        return cli.sandbox(sandbox.baseUri().toString(), args);
    }

    private String versionId(String versionString) {
        return sandbox.state().all("appStoreVersions").stream()
                .filter(v -> versionString.equals(v.attribute("versionString"))).map(StoredResource::id)
                .findFirst().orElseThrow();
    }

    private String admin(String path) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(sandbox.baseUri().toString().replaceAll("/$", "") + "/sandbox-admin/" + path))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void walksTheWholeAppUpdateChecklist() throws Exception {
        startSandbox(SEED);
        Path store = store(APP, "Faster sync.", "Schneller abgleichen.");

        // 1. New version: created, with build, phased release and whatsNew of every locale in the same apply (the
        // rest of the text is what Apple copies from 2.4.0; whatsNew goes to the copies, known after apply).
        var plan = run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("version[2.5.0] will be created", "phasedRelease", "\"250\"",
                "version[2.5.0].locale[en-US] will be updated in-place", "Faster sync.",
                "version[2.5.0].locale[de-DE] will be updated in-place", "Schneller abgleichen.", "(known after apply)");
        var apply = run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.out() + apply.err()).isZero();
        StoredResource created = sandbox.state().require("appStoreVersions", versionId("2.5.0"));
        assertThat(created.related("build")).hasSize(1);
        assertThat(sandbox.state().referencing("appStoreVersionPhasedReleases", "appStoreVersion", created.id()))
                .hasSize(1);
        assertThat(sandbox.state().referencing("appStoreVersionLocalizations", "appStoreVersion", created.id()))
                .extracting(l -> l.attribute("whatsNew"))
                .containsExactlyInAnyOrder("Faster sync.", "Schneller abgleichen.");

        // 2. whatsNew reworded for every locale, then 3. the submission.
        store = store(APP, "Faster sync, fewer taps.", "Schneller abgleichen, weniger tippen.");
        plan = run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("locale[en-US]", "Faster sync, fewer taps.", "locale[de-DE]",
                "Schneller abgleichen, weniger tippen.", "submission");
        assertThat(plan.out()).doesNotContain("not ready");
        // The saved plan says the submission waits for the whatsNew changes (a submission freezes the text).
        Path planFile = temp.resolve("step2.plan");
        assertThat(run("plan", "--store", store.toString(), "--out", planFile.toString()).exitCode()).isZero();
        var submission = dev.ascctl.plan.PlanFile.load(planFile).changes().stream()
                .filter(c -> c.address().value().endsWith(".submission")).findFirst().orElseThrow();
        assertThat(submission.runsAfter()).extracting(dev.ascctl.resource.Address::value).contains(
                "app[com.example.notes].version[2.5.0].locale[en-US]",
                "app[com.example.notes].version[2.5.0].locale[de-DE]");
        int logBefore = sandbox.requestLog().list().size();
        apply = run("apply", planFile.toString(), "--store", store.toString());
        assertThat(apply.exitCode()).as(apply.out() + apply.err()).isZero();
        var writes = sandbox.requestLog().list().stream().skip(logBefore).filter(RecordedExchange::isWrite)
                .map(e -> e.method() + " " + e.path()).toList();
        int lastWhatsNew = -1;
        for (int i = 0; i < writes.size(); i++) {
            if (writes.get(i).contains("/v1/appStoreVersionLocalizations/")) {
                lastWhatsNew = i;
            }
        }
        assertThat(lastWhatsNew).as(writes.toString()).isNotNegative()
                .isLessThan(writes.indexOf("POST /v1/reviewSubmissions"));
        assertThat(sandbox.state().require("appStoreVersions", created.id()).attribute("appVersionState"))
                .isEqualTo("WAITING_FOR_REVIEW");
        plan = run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.out()).isZero();

        // 4. App Review approves (played by the test); AFTER_APPROVAL releases it and the phased release starts.
        assertThat(admin("appStoreVersions/" + created.id() + "/advance")).contains("IN_REVIEW");
        assertThat(admin("appStoreVersions/" + created.id() + "/advance")).contains("READY_FOR_DISTRIBUTION");

        // 5. pause → resume → complete.
        var pause = run("release", "pause", "--store", store.toString());
        assertThat(pause.out()).as(pause.err()).contains("2.5.0: phased release ACTIVE -> PAUSED");
        var resume = run("release", "resume", "--store", store.toString());
        assertThat(resume.out()).as(resume.err()).contains("phased release PAUSED -> ACTIVE");
        var complete = run("release", "complete", "--store", store.toString());
        assertThat(complete.out()).as(complete.err()).contains("phased release ACTIVE -> COMPLETE");

        var exchanges = sandbox.requestLog().list().stream().filter(e -> e.path().startsWith("/v1/")).toList();
        assertThat(exchanges.stream().filter(RecordedExchange::isWrite)).hasSizeGreaterThan(6);
        OpenApiConformance.assertConforms(exchanges);
    }

    @Test
    void planShowsNotReadyForAVersionWithoutBuildOrRequiredScreenshots() throws Exception {
        startSandbox("""
                apps:
                  - bundleId: com.example.notes
                    versions:
                      - {versionString: "1.0", state: READY_FOR_DISTRIBUTION}
                      - {versionString: "1.1", state: PREPARE_FOR_SUBMISSION, locales: {en-US: {}}}
                """);
        Path store = store("""
                bundleId: com.example.notes
                platform: IOS
                primaryLocale: en-US
                version: {versionString: "1.1", submitForReview: true}
                """, "Fixes.", null);
        Files.delete(store.resolve("apps/notes/locales/de-DE.yaml"));
        var plan = run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(plan.err()).isZero();
        assertThat(plan.out()).contains("not ready:", "no build attached",
                "no APP_IPHONE_67 or APP_IPHONE_65 screenshots for en-US");
        var submit = run("submit", "--store", store.toString());
        assertThat(submit.exitCode()).isEqualTo(1);
        assertThat(submit.err()).contains("not ready", "no build attached");
        assertThat(sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
    }
}
