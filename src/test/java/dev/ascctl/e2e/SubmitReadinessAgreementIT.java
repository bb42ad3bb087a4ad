package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ascctl submit} and plan's submission check are one rule on the same live data: they agree when the
 * primary locale's iPhone 6.7" screenshots are live (submit once said they were missing) and when they are not.
 * The store for submit does not declare {@code submitForReview}, as a team that submits by command writes it.
 */
@SandboxModes
class SubmitReadinessAgreementIT {
    private static final String SEED = """
            apps:
              - bundleId: com.example.notes
                attributes: {contentRightsDeclaration: DOES_NOT_USE_THIRD_PARTY_CONTENT}
                appInfos:
                  - state: READY_FOR_DISTRIBUTION
                    locales: {en-US: {name: Notes, privacyPolicyUrl: "https://example.com/privacy"}}
                    ageRating: {alcoholTobaccoOrDrugUseOrReferences: NONE, contests: NONE, gamblingSimulated: NONE,
                      medicalOrTreatmentInformation: NONE, profanityOrCrudeHumor: NONE,
                      sexualContentGraphicAndNudity: NONE, sexualContentOrNudity: NONE, horrorOrFearThemes: NONE,
                      matureOrSuggestiveThemes: NONE, violenceCartoonOrFantasy: NONE,
                      violenceRealisticProlongedGraphicOrSadistic: NONE, violenceRealistic: NONE,
                      unrestrictedWebAccess: false, gambling: false}
                builds:
                  - {version: "250", versionString: "1.1", processingState: VALID, uploadedDate: "2026-02-01T10:00:00Z"}
                versions:
                  - {versionString: "1.0", state: READY_FOR_DISTRIBUTION}
                  - versionString: "1.1"
                    state: PREPARE_FOR_SUBMISSION
                    build: "250"
                    locales:
                      en-US: {description: Notes., keywords: "notes,lists", supportUrl: "https://example.com/help", whatsNew: Fixes.}
                    review: {contactFirstName: Ada, contactLastName: Lovelace, contactEmail: ada@example.com, contactPhone: "+1 555 0100"}
            """;
    private static final String LIVE_SCREENSHOTS = "        screenshotSets: {en-US: [APP_IPHONE_67]}\n";
    private static final String MISSING = "no APP_IPHONE_67 or APP_IPHONE_65 screenshots for en-US";
    private static final Pattern NOT_READY = Pattern.compile("not ready: [^\\n]*");

    @TempDir
    Path temp;
    Sandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private CliRunner.Result run(String... args) {
        return new CliRunner().sandbox(sandbox.baseUri().toString(), args);
    }

    private Path store(String name, boolean declaresSubmission) throws IOException {
        Path app = temp.resolve(name + "/apps/notes");
        Files.createDirectories(app.resolve("locales"));
        Files.writeString(app.resolve("app.yaml"), "bundleId: com.example.notes\nplatform: IOS\nprimaryLocale: en-US\n"
                + "version: {versionString: \"1.1\"" + (declaresSubmission ? ", submitForReview: true" : "") + "}\n");
        Files.writeString(app.resolve("locales/en-US.yaml"), "name: Notes\n");
        return temp.resolve(name);
    }

    private void start(String seed) throws IOException {
        Path file = temp.resolve("seed.yaml");
        Files.writeString(file, seed);
        sandbox = Sandbox.start(SandboxFixture.sandboxOptions().withSeedFile(file));
    }

    @Test
    void bothSubmitWhenTheScreenshotsAreLive() throws Exception {
        start(SEED + LIVE_SCREENSHOTS);

        var plan = run("plan", "--store", store("planned", true).toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("version[1.1].submission").doesNotContain("not ready", MISSING);

        var submit = run("submit", "--store", store("by-command", false).toString());
        assertThat(submit.exitCode()).as(submit.toString()).isZero();
        assertThat(submit.out()).contains("com.example.notes 1.1: submitted for review");
        assertThat(sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)
                .map(e -> e.method() + " " + e.path())).contains("POST /v1/reviewSubmissions");
    }

    @Test
    void bothRefuseWithTheSameReasonWhenTheScreenshotsAreMissing() throws Exception {
        start(SEED);

        var plan = run("plan", "--store", store("planned", true).toString());
        var submit = run("submit", "--store", store("by-command", false).toString());

        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(submit.exitCode()).as(submit.toString()).isEqualTo(1);
        String planReason = firstNotReady(plan.out());
        assertThat(planReason).isEqualTo("not ready: " + MISSING);
        assertThat(firstNotReady(submit.err())).isEqualTo(planReason);
        assertThat(sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
    }

    private static String firstNotReady(String output) {
        Matcher m = NOT_READY.matcher(output);
        assertThat(m.find()).as("a 'not ready' reason in:%n%s", output).isTrue();
        return m.group().strip();
    }
}
