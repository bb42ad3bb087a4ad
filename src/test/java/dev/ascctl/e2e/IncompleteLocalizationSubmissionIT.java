package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A submission with an incomplete localization and an unanswered export compliance question (issue 11): plan's
 * readiness check names both; {@code submit --skip-readiness-check} goes past it, and App Review (the sandbox, in
 * Apple's recorded shape) refuses with {@code meta.associatedErrors}, which ascctl prints one line per object and
 * field, the objects named as the store names them. Once the content is complete, the next submit reuses the
 * submission the refused one left prepared, as Apple allows only one open submission per app and platform.
 */
@SandboxModes
class IncompleteLocalizationSubmissionIT {
    private static final String SEED = """
            apps:
              - bundleId: com.example.notes
                attributes: {contentRightsDeclaration: DOES_NOT_USE_THIRD_PARTY_CONTENT}
                appInfos:
                  - state: READY_FOR_DISTRIBUTION
                    locales:
                      en-US: {name: Notes, privacyPolicyUrl: "https://example.com/privacy"}
                      de-DE: {name: Notizen}
                    ageRating: {alcoholTobaccoOrDrugUseOrReferences: NONE, contests: NONE, gamblingSimulated: NONE,
                      medicalOrTreatmentInformation: NONE, profanityOrCrudeHumor: NONE,
                      sexualContentGraphicAndNudity: NONE, sexualContentOrNudity: NONE, horrorOrFearThemes: NONE,
                      matureOrSuggestiveThemes: NONE, violenceCartoonOrFantasy: NONE,
                      violenceRealisticProlongedGraphicOrSadistic: NONE, violenceRealistic: NONE,
                      unrestrictedWebAccess: false, gambling: false}
                builds:
                  - {version: "250", versionString: "1.1", processingState: VALID, uploadedDate: "2026-02-01T10:00:00Z",
                     usesNonExemptEncryption: null}
                versions:
                  - {versionString: "1.0", state: READY_FOR_DISTRIBUTION}
                  - versionString: "1.1"
                    state: PREPARE_FOR_SUBMISSION
                    build: "250"
                    locales:
                      en-US: {description: Notes., keywords: "notes,lists", supportUrl: "https://example.com/help", whatsNew: Fixes.}
                      de-DE: {description: Notizen., whatsNew: Fehlerbehebungen.}
                    review: {contactFirstName: Ada, contactLastName: Lovelace, contactEmail: ada@example.com, contactPhone: "+1 555 0100"}
                    screenshotSets: {en-US: [APP_IPHONE_67]}
            """;
    private static final String DE_INCOMPLETE = "name: Notizen\ndescription: Notizen.\nwhatsNew: Fehlerbehebungen.\n";
    private static final String DE_COMPLETE = DE_INCOMPLETE + "keywords: \"notizen,listen\"\nsupportUrl: \"https://example.com/de/help\"\n";

    @TempDir
    Path temp;
    Sandbox sandbox;
    Path store;

    @BeforeEach
    void start() throws IOException {
        Path seed = temp.resolve("seed.yaml");
        Files.writeString(seed, SEED);
        sandbox = Sandbox.start(SandboxFixture.sandboxOptions().withSeedFile(seed));
        store = temp.resolve("store");
        Path app = store.resolve("apps/notes");
        Files.createDirectories(app.resolve("locales"));
        Files.writeString(app.resolve("app.yaml"), "bundleId: com.example.notes\nplatform: IOS\nprimaryLocale: en-US\n"
                + "version: {versionString: \"1.1\", submitForReview: true}\n");
        Files.writeString(app.resolve("locales/en-US.yaml"), "name: Notes\n");
        Files.writeString(app.resolve("locales/de-DE.yaml"), DE_INCOMPLETE);
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private CliRunner.Result run(String... args) {
        return new CliRunner().sandbox(sandbox.baseUri().toString(), args);
    }

    @Test
    void planNamesTheIncompleteLocalizationAndAForcedSubmitReportsAppleByObjectAndField() throws IOException {
        var plan = run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("version[1.1].submission", "not ready:", "de-DE missing keywords, supportUrl",
                "build 250: export compliance not answered");

        var submit = run("submit", "--store", store.toString(), "--skip-readiness-check");

        assertThat(submit.exitCode()).as(submit.toString()).isEqualTo(1);
        String build = "builds " + buildId();
        assertThat(submit.err()).as(submit.toString())
                .contains("POST /v1/reviewSubmissionItems failed with HTTP 409")
                .contains("App Review refuses the submission")
                .contains("de-DE text of version 1.1 (appStoreVersionLocalizations " + localizationId("de-DE")
                        + "): keywords: You must provide a value for the attribute 'keywords' with this request"
                        + " [ENTITY_ERROR.ATTRIBUTE.REQUIRED]")
                .contains("de-DE text of version 1.1 (appStoreVersionLocalizations " + localizationId("de-DE")
                        + "): supportUrl: You must provide a value for the attribute 'supportUrl'")
                .contains("build 250 (" + build + "): usesNonExemptEncryption: You must provide a value")
                .doesNotContain("en-US text of version 1.1");
        assertThat(submit.err().lines().filter(l -> l.contains("[ENTITY_ERROR.ATTRIBUTE.REQUIRED]")))
                .as("one line per object and field").hasSize(3);
        assertThat(writes()).containsExactly("POST /v1/reviewSubmissions 201", "POST /v1/reviewSubmissionItems 409");
    }

    @Test
    void onceCompleteTheNextSubmitReusesTheSubmissionTheRefusedOneLeft() throws IOException {
        run("submit", "--store", store.toString(), "--skip-readiness-check");
        Files.writeString(store.resolve("apps/notes/locales/de-DE.yaml"), DE_COMPLETE);
        var apply = run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        // Export compliance is answered in App Store Connect (TestFlight), not by ascctl: a hand edit.
        Map<String, Object> answer = new HashMap<>();
        answer.put("usesNonExemptEncryption", false);
        sandbox.state().patchAttributes("builds", buildId(), answer);

        var plan = run("plan", "--store", store.toString());
        assertThat(plan.out()).as(plan.toString()).doesNotContain("not ready");
        var submit = run("submit", "--store", store.toString());

        assertThat(submit.exitCode()).as(submit.toString()).isZero();
        assertThat(submit.out()).contains("com.example.notes 1.1: submitted for review");
        assertThat(writes()).filteredOn(w -> w.contains("reviewSubmission")).containsExactly(
                "POST /v1/reviewSubmissions 201", "POST /v1/reviewSubmissionItems 409",
                "POST /v1/reviewSubmissionItems 201", "PATCH /v1/reviewSubmissions/" + submissionId() + " 200");
    }

    private List<String> writes() {
        return sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)
                .map(e -> e.method() + " " + e.path() + " " + e.status()).toList();
    }

    private StoredResource localization(String locale) {
        return sandbox.state().findAll("appStoreVersionLocalizations", a -> locale.equals(a.get("locale"))).stream()
                .filter(l -> "1.1".equals(sandbox.state().require("appStoreVersions", l.relatedId("appStoreVersion"))
                        .attribute("versionString"))).findFirst().orElseThrow();
    }

    private String localizationId(String locale) {
        return localization(locale).id();
    }

    private String buildId() {
        return sandbox.state().all("builds").get(0).id();
    }

    private String submissionId() {
        return sandbox.state().all("reviewSubmissions").get(0).id();
    }
}
