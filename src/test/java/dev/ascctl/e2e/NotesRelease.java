package dev.ascctl.e2e;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The release the deploy end-to-end tests share (DeployIT, ExportComplianceIT): the sandbox seed of an app whose
 * version 2.4.0 is live on build 240 and whose 2.5.0 is being prepared with everything App Review asks for but a
 * build, and the app.yaml that attaches the latest build to 2.5.0 and submits it.
 */
final class NotesRelease {
    static final String SEED = """
            apps:
              - bundleId: com.example.notes
                attributes: {contentRightsDeclaration: DOES_NOT_USE_THIRD_PARTY_CONTENT}
                appInfos:
                  - state: READY_FOR_DISTRIBUTION
                    locales:
                      en-US: {name: Notes, privacyPolicyUrl: "https://example.com/privacy"}
                    ageRating: {alcoholTobaccoOrDrugUseOrReferences: NONE, contests: NONE, gamblingSimulated: NONE,
                      medicalOrTreatmentInformation: NONE, profanityOrCrudeHumor: NONE,
                      sexualContentGraphicAndNudity: NONE, sexualContentOrNudity: NONE, horrorOrFearThemes: NONE,
                      matureOrSuggestiveThemes: NONE, violenceCartoonOrFantasy: NONE,
                      violenceRealisticProlongedGraphicOrSadistic: NONE, violenceRealistic: NONE,
                      unrestrictedWebAccess: false, gambling: false}
                builds:
                  - {version: "240", versionString: "2.4.0", processingState: VALID, uploadedDate: "2026-01-01T10:00:00Z"}
                versions:
                  - versionString: "2.4.0"
                    state: READY_FOR_DISTRIBUTION
                    build: "240"
                    locales:
                      en-US: {description: Notes., keywords: "notes,lists", supportUrl: "https://example.com/help", whatsNew: Fixes.}
                    screenshotSets: {en-US: [APP_IPHONE_67]}
                  - versionString: "2.5.0"
                    state: PREPARE_FOR_SUBMISSION
                    locales:
                      en-US: {description: Notes., keywords: "notes,lists", supportUrl: "https://example.com/help", whatsNew: Faster sync.}
                    screenshotSets: {en-US: [APP_IPHONE_67]}
            """;
    static final String APP = """
            bundleId: com.example.notes
            platform: IOS
            primaryLocale: en-US
            version:
              versionString: "2.5.0"
              build: latest
              submitForReview: true
            review: {contactFirstName: Ada, contactLastName: Lovelace, contactEmail: ada@example.com, contactPhone: "+1 555 0100"}
            """;

    /** A sandbox in this run's mode, seeded with {@link #SEED} (the seed file written under {@code temp}). */
    static Sandbox startSandbox(Path temp) throws IOException {
        Path seed = temp.resolve("seed.yaml");
        Files.writeString(seed, SEED);
        return Sandbox.start(SandboxFixture.sandboxOptions().withSeedFile(seed));
    }

    /** The store {@code temp/store}: {@link #APP} and an empty en-US locale file. */
    static Path writeStore(Path temp) throws IOException {
        Path store = temp.resolve("store");
        Files.createDirectories(store.resolve("apps/notes/locales"));
        Files.writeString(store.resolve("apps/notes/app.yaml"), APP);
        Files.writeString(store.resolve("apps/notes/locales/en-US.yaml"), "{}\n");
        return store;
    }

    /** Every /v1 exchange the sandbox saw (injected faults aside) conforms to Apple's spec; then it is closed. */
    static void checkConformanceAndClose(Sandbox sandbox) {
        OpenApiConformance.assertConforms(sandbox.requestLog().withoutInjectedFaults().stream()
                .filter(e -> e.path().startsWith("/v1/")).toList());
        sandbox.close();
    }

    private NotesRelease() {
    }
}
