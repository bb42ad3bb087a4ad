package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.plist.TestArchives;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export compliance from app.yaml (issue 15 scope 2) against the sandbox: an .ipa whose Info.plist does not say
 * ITSAppUsesNonExemptEncryption becomes a build in "Missing Compliance"; without {@code exportCompliance} in app.yaml
 * deploy stops before writing, its readiness check naming the build; with it, the same deploy answers the build
 * (PATCH /v1/builds), attaches it and submits the version, and the next plan says "No changes.". Every /v1 exchange
 * conforms to the spec.
 */
@SandboxModes
class ExportComplianceIT {

    @TempDir
    Path temp;
    Sandbox sandbox;
    Path store;
    Path ipa;
    final CliRunner cli = new CliRunner().env("ASCCTL_BUILD_POLL_MS", "20");

    @BeforeEach
    void start() throws Exception {
        sandbox = NotesRelease.startSandbox(temp);
        store = NotesRelease.writeStore(temp);
        // No ITSAppUsesNonExemptEncryption in the plist: Apple leaves the build in Missing Compliance.
        ipa = TestArchives.ipa(temp.resolve("Notes.ipa"), "com.example.notes", "2.5.0", "246", null, 0);
    }

    @AfterEach
    void stop() {
        NotesRelease.checkConformanceAndClose(sandbox);
    }

    private CliRunner.Result run(String... args) {
        return cli.sandbox(sandbox.baseUri().toString(), args);
    }

    private StoredResource build246() {
        return sandbox.state().find("builds", a -> "246".equals(a.get("version"))).orElseThrow();
    }

    private StoredResource version() {
        return sandbox.state().find("appStoreVersions", a -> "2.5.0".equals(a.get("versionString"))).orElseThrow();
    }

    @Test
    void aBuildMissingComplianceIsNamedAndAppYamlsAnswerLetsTheSameDeployFinish() throws Exception {
        var stalled = run("deploy", "--ipa", ipa.toString(), "--store=" + store);
        assertThat(stalled.exitCode()).as(stalled.all()).isEqualTo(1);
        assertThat(stalled.out()).contains("Done: upload: build 246 (2.5.0) is VALID",
                "build 246: export compliance not answered", "set exportCompliance in app.yaml");
        assertThat(build246().attribute("usesNonExemptEncryption")).isNull();
        assertThat(version().related("build")).as("nothing applied").isEmpty();

        Files.writeString(store.resolve("apps/notes/app.yaml"), NotesRelease.APP + "exportCompliance:\n  usesNonExemptEncryption: false\n");
        var plan = run("plan", "--store=" + store);
        assertThat(plan.exitCode()).as(plan.all()).isZero();
        assertThat(plan.out()).contains("app[com.example.notes].exportCompliance will be updated in-place",
                "missingCompliance", "\"246\"").doesNotContain("export compliance not answered");
        int before = sandbox.requestLog().list().size();

        var deployed = run("deploy", "--ipa", ipa.toString(), "--store=" + store);
        assertThat(deployed.exitCode()).as(deployed.all()).isZero();
        assertThat(deployed.out()).contains("Already uploaded", "version submitted for review");
        assertThat(build246().attribute("usesNonExemptEncryption")).isEqualTo(false);
        assertThat(version().attribute("appVersionState")).isEqualTo("WAITING_FOR_REVIEW");
        assertThat(sandbox.requestLog().list().stream().skip(before).filter(RecordedExchange::isWrite)
                .filter(e -> e.path().startsWith("/v1/builds/")).map(e -> e.method())).containsExactly("PATCH");

        var clean = run("plan", "--store=" + store);
        assertThat(clean.exitCode()).as(clean.all()).isZero();
        assertThat(clean.out()).contains("No changes.");
    }

    @Test
    void aBetaReviewOfABuildMissingComplianceIsRefusedInThePlanUntilAppYamlAnswers() throws Exception {
        var uploaded = run("build", "upload", ipa.toString());
        assertThat(uploaded.exitCode()).as(uploaded.all()).isZero();
        Files.writeString(store.resolve("apps/notes/app.yaml"), NotesRelease.APP.replace("  submitForReview: true\n", ""));
        Files.writeString(store.resolve("apps/notes/testflight.yaml"), "builds:\n  - {build: \"246\", submitForReview: true}\n");
        var refused = run("plan", "--store=" + store);
        assertThat(refused.out()).contains("betaBuild[246].betaReview", "build 246: export compliance not answered");

        Files.writeString(store.resolve("apps/notes/app.yaml"), NotesRelease.APP.replace("  submitForReview: true\n", "")
                + "exportCompliance: {usesNonExemptEncryption: false}\n");
        var applied = run("apply", "--store=" + store, "--auto-approve");
        assertThat(applied.exitCode()).as(applied.all()).isZero();
        assertThat(build246().attribute("usesNonExemptEncryption")).isEqualTo(false);
        assertThat(sandbox.state().referencing("betaAppReviewSubmissions", "build", build246().id())).hasSize(1);
    }

    static final String DECLARED = """
            exportCompliance:
              usesNonExemptEncryption: true
              encryptionDeclaration:
                appDescription: Notes encrypts synced notes end to end with AES-256-GCM.
                containsProprietaryCryptography: false
                containsThirdPartyCryptography: true
                availableOnFrenchStore: false
            """;

    private java.util.List<StoredResource> declarations() {
        return sandbox.state().all("appEncryptionDeclarations");
    }

    /**
     * Issue 15, encryption declarations: app.yaml's declaration is filed once (POST /v1/appEncryptionDeclarations)
     * and every processed build without one gets it (PATCH /v1/builds/{id}/relationships/appEncryptionDeclaration),
     * in the same apply; a later build gets the same declaration; other answers plan a new declaration, builds keep
     * theirs.
     */
    @Test
    void theDeclaredEncryptionDeclarationIsFiledOnceAndEveryBuildWithoutOneGetsIt() throws Exception {
        assertThat(run("build", "upload", ipa.toString()).exitCode()).isZero();
        Files.writeString(store.resolve("apps/notes/app.yaml"), NotesRelease.APP.replace("  submitForReview: true\n", "")
                + DECLARED);
        var plan = run("plan", "--store=" + store);
        assertThat(plan.exitCode()).as(plan.all()).isZero();
        assertThat(plan.out()).contains("app[com.example.notes].encryptionDeclaration will be created",
                "containsThirdPartyCryptography", "app[com.example.notes].exportCompliance will be updated in-place");
        var applied = run("apply", "--store=" + store, "--auto-approve");
        assertThat(applied.exitCode()).as(applied.all()).isZero();
        assertThat(declarations()).hasSize(1);
        StoredResource declaration = declarations().get(0);
        assertThat(declaration.attribute("appDescription")).isEqualTo("Notes encrypts synced notes end to end with"
                + " AES-256-GCM.");
        assertThat(declaration.attribute("containsThirdPartyCryptography")).isEqualTo(true);
        assertThat(build246().attribute("usesNonExemptEncryption")).isEqualTo(true);
        assertThat(build246().related("appEncryptionDeclaration")).containsExactly(declaration.id());
        assertThat(run("plan", "--store=" + store).out()).contains("No changes.");

        Path next = TestArchives.ipa(temp.resolve("Notes-247.ipa"), "com.example.notes", "2.5.0", "247", null, 0);
        assertThat(run("build", "upload", next.toString()).exitCode()).isZero();
        var later = run("plan", "--store=" + store);
        assertThat(later.out()).contains("app[com.example.notes].encryptionDeclaration will be updated in-place",
                "missingDeclaration", "\"247\"").doesNotContain("will be created");
        int before = sandbox.requestLog().list().size();
        assertThat(run("apply", "--store=" + store, "--auto-approve").exitCode()).isZero();
        StoredResource build247 = sandbox.state().find("builds", a -> "247".equals(a.get("version"))).orElseThrow();
        assertThat(build247.related("appEncryptionDeclaration")).containsExactly(declaration.id());
        assertThat(declarations()).as("the same declaration, not a second").hasSize(1);
        assertThat(sandbox.requestLog().list().stream().skip(before).filter(RecordedExchange::isWrite)
                .filter(e -> e.path().startsWith("/v1/builds/")) // build: latest also moves the version to 247
                .map(e -> e.method() + " " + e.path())).containsExactlyInAnyOrder(
                "PATCH /v1/builds/" + build247.id(),
                "PATCH /v1/builds/" + build247.id() + "/relationships/appEncryptionDeclaration");
        assertThat(run("plan", "--store=" + store).out()).contains("No changes.");

        Files.writeString(store.resolve("apps/notes/app.yaml"), NotesRelease.APP.replace("  submitForReview: true\n", "")
                + DECLARED.replace("availableOnFrenchStore: false", "availableOnFrenchStore: true"));
        var changed = run("plan", "--store=" + store);
        assertThat(changed.out()).contains("app[com.example.notes].encryptionDeclaration will be created",
                "upload the French encryption declaration");
        assertThat(run("apply", "--store=" + store, "--auto-approve").exitCode()).isZero();
        assertThat(declarations()).as("Apple keeps the first; builds keep theirs").hasSize(2);
        assertThat(build246().related("appEncryptionDeclaration")).containsExactly(declaration.id());
        assertThat(run("plan", "--store=" + store).out()).contains("No changes.");
    }
}
