package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.store.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The new-app release checklist end to end (issue 13 scope 6). The app is what App Store Connect makes when a person
 * adds an app: a first version 1.0, nothing else set, no price and no availability (the sandbox's {@code --app}
 * seeds a free app sold everywhere, as most tests want, so this seed says {@code price: null, availability: null}),
 * and one build uploaded from Xcode. The store then walks the checklist one step per apply: metadata, categories,
 * age rating, content rights, screenshots, review contact, price, availability, build. Each step is a plan item; App
 * Privacy and the icon are manual steps in plan's checklist. The submission is listed as not ready, naming what is
 * still missing, until every step is done, and then the same store submits it; the sandbox refuses a submission
 * without price and availability as Apple does. Every exchange conforms to Apple's spec.
 */
@SandboxStore(seed = "src/test/resources/e2e/new-app-seed.yaml", store = SandboxStore.Store.EMPTY)
class NewAppChecklistIT {
    SandboxFixture fixture;
    Path store;
    Path app;
    StringBuilder appYaml = new StringBuilder("""
            bundleId: com.example.fresh
            platform: IOS
            primaryLocale: en-US
            version:
              versionString: "1.0"
              submitForReview: true
            """);

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        app = store.resolve("apps/fresh");
        Files.createDirectories(app.resolve("locales"));
        Files.writeString(app.resolve("locales/en-US.yaml"), "{}\n");
        Files.writeString(app.resolve("app.yaml"), appYaml);
    }

    /** Adds to app.yaml; a line under {@code version:} starts with two spaces. */
    private void add(String yaml) throws IOException {
        String text = appYaml.toString();
        if (yaml.startsWith("  ")) {
            text = text.replace("  submitForReview: true\n", yaml + "  submitForReview: true\n");
        } else {
            text = text + yaml;
        }
        appYaml = new StringBuilder(text);
        Files.writeString(app.resolve("app.yaml"), text);
    }

    private String plan() {
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        return plan.out();
    }

    /** One checklist step: the plan shows it as a change, apply makes it, and the submission waits for the rest. */
    private void step(String planned, String stillMissing) {
        String before = plan();
        assertThat(before).as("the plan of this step").contains(planned);
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        String after = plan();
        assertThat(after).as("the submission after this step").contains("not ready:").contains(stillMissing);
        assertThat(versionState()).isEqualTo("PREPARE_FOR_SUBMISSION");
    }

    private String versionState() {
        return String.valueOf(fixture.sandbox.state().find("appStoreVersions", v -> "1.0".equals(v.get("versionString")))
                .orElseThrow().attribute("appVersionState"));
    }

    @Test
    void everyStepIsAPlanItemOrAManualStepAndTheSubmissionWaitsForAll() throws IOException {
        String first = plan();
        assertThat(first).contains("not ready:", "no build attached", "no APP_IPHONE_67 or APP_IPHONE_65 screenshots",
                "review contact missing", "age rating:", "contentRightsDeclaration not set",
                "en-US missing description, keywords, supportUrl, privacyPolicyUrl", "no price", "not sold in any territory");
        assertThat(first.substring(first.indexOf("Manual steps still open"))).contains("App Privacy",
                "App Information → Category", "App Information → Content Rights", "App Store icon");

        Files.writeString(app.resolve("locales/en-US.yaml"), """
                name: Fresh
                subtitle: Brand new
                privacyPolicyUrl: https://example.com/privacy
                description: Fresh keeps things fresh.
                keywords: [fresh, new]
                supportUrl: https://example.com/support
                """);
        step("appStoreVersionLocalization \"en-US\"", "no build attached");
        add("categories: {primary: PRODUCTIVITY}\n");
        step("primary", "age rating:");
        add("""
                ageRating:
                  alcoholTobaccoOrDrugUseOrReferences: NONE
                  contests: NONE
                  gamblingSimulated: NONE
                  medicalOrTreatmentInformation: NONE
                  sexualContentGraphicAndNudity: NONE
                  sexualContentOrNudity: NONE
                  horrorOrFearThemes: NONE
                  matureOrSuggestiveThemes: NONE
                  violenceRealisticProlongedGraphicOrSadistic: NONE
                  violenceCartoonOrFantasy: NONE
                  violenceRealistic: NONE
                  profanityOrCrudeHumor: NONE
                  gambling: false
                  lootBox: false
                  messagingAndChat: false
                  userGeneratedContent: false
                  unrestrictedWebAccess: false
                  advertising: false
                """);
        step("ageRating", "contentRightsDeclaration not set");
        add("contentRightsDeclaration: DOES_NOT_USE_THIRD_PARTY_CONTENT\n");
        step("contentRightsDeclaration", "screenshots");
        Path shots = app.resolve("screenshots/en-US/APP_IPHONE_67");
        Files.createDirectories(shots);
        Files.write(shots.resolve("01-home.png"), TestImages.png(1290, 2796, 1));
        step("01-home.png", "review contact missing");
        add("review: {contactFirstName: Ada, contactLastName: Lovelace, contactEmail: ada@example.com,"
                + " contactPhone: \"+1 555 0100\"}\n");
        step("contactEmail", "no price");
        add("price: {baseTerritory: USA, price: \"2.99\"}\n");
        step("app[com.example.fresh].price", "not sold in any territory");
        add("availability: {territories: [USA, GBR, DEU], availableInNewTerritories: true}\n");
        step("app[com.example.fresh].availability will be created", "no build attached");

        // The last step, the build: the same apply attaches it and submits; nothing is left but the manual steps.
        add("  build: latest\n");
        String ready = plan();
        assertThat(ready).doesNotContain("not ready:").contains("submission");
        fixture.sandbox.requestLog().clear();
        var submit = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(submit.exitCode()).as(submit.toString()).isZero();
        assertThat(versionState()).isEqualTo("WAITING_FOR_REVIEW");
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        var after = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(after.exitCode()).as(after.toString()).isZero();
    }
}
