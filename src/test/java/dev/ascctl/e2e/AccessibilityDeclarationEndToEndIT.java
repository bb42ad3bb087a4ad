package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's accessibility declarations end to end against the sandbox: published for a new device family, changed
 * (a new draft that replaces the published one), imported; after each apply the plan is clean, and every exchange
 * conforms to Apple's spec. The kind is the proof of the kind contract: its handler, one registry line, its
 * vocabulary entry and its sandbox rules are all it adds.
 */
@SandboxStore
public class AccessibilityDeclarationEndToEndIT {
    @TempDir
    Path temp;
    SandboxFixture fixture;
    Path store;
    String appYaml;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        appYaml = Files.readString(store.resolve("apps/notes/app.yaml"));
        // The example's other metadata first, so each apply below writes the declarations alone.
        var base = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(base.exitCode()).as(base.toString()).isZero();
    }

    private void writeDeclarations(String yaml) throws IOException {
        Files.writeString(store.resolve("apps/notes/app.yaml"), appYaml + "\naccessibilityDeclarations:\n" + yaml);
    }

    private List<StoredResource> declarations(String state) {
        return fixture.sandbox.state().all("accessibilityDeclarations").stream()
                .filter(d -> state.equals(d.attribute("state"))).toList();
    }

    /** Applies, checks the writes sent and their conformance, then that the plan after it is clean. */
    private void applyExpecting(String... writes) {
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)
                .map(w -> w.method() + " " + w.path().replaceFirst("^(/v1/accessibilityDeclarations)/[^/?]+", "$1/{id}")))
                .containsExactly(writes);
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        fixture.sandbox.requestLog().clear();
        var plan = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void publishedForANewFamilyThenChangedByANewDraftThatReplacesIt() throws IOException {
        writeDeclarations("  IPHONE: {supportsVoiceover: true, supportsLargerText: true}\n");
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("app[com.example.notes].accessibility[IPHONE] will be created");
        applyExpecting("POST /v1/accessibilityDeclarations", "PATCH /v1/accessibilityDeclarations/{id}");
        assertThat(declarations("PUBLISHED")).singleElement().satisfies(d -> {
            assertThat(d.attribute("deviceFamily")).isEqualTo("IPHONE");
            assertThat(d.attribute("supportsVoiceover")).isEqualTo(true);
            assertThat(d.attribute("supportsLargerText")).isEqualTo(true);
        });

        writeDeclarations("  IPHONE: {supportsVoiceover: false}\n");
        var change = fixture.run("plan", "--store", store.toString());
        assertThat(change.out()).contains("app[com.example.notes].accessibility[IPHONE] will be updated in-place")
                .contains("supportsVoiceover");
        applyExpecting("POST /v1/accessibilityDeclarations", "PATCH /v1/accessibilityDeclarations/{id}");
        assertThat(declarations("REPLACED")).hasSize(1);
        assertThat(declarations("PUBLISHED")).singleElement().satisfies(d -> {
            assertThat(d.attribute("supportsVoiceover")).isEqualTo(false);
            assertThat(d.attribute("supportsLargerText")).as("an answer the YAML leaves out is kept").isEqualTo(true);
        });
    }

    @Test
    void importWritesTheDeclarationsAndThePlanOfTheImportIsClean() throws IOException {
        writeDeclarations("  IPAD: {supportsCaptions: true, supportsDarkInterface: false}\n");
        assertThat(fixture.run("apply", "--store", store.toString(), "--auto-approve").exitCode()).isZero();
        Path imported = temp.resolve("imported");
        fixture.sandbox.requestLog().clear();
        var result = fixture.run("import", "--bundle-id", "com.example.notes", "--out", imported.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        var yaml = tools.jackson.dataformat.yaml.YAMLMapper.builder().build()
                .readTree(imported.resolve("apps/notes/app.yaml").toFile());
        assertThat(yaml.at("/accessibilityDeclarations").toString())
                .isEqualTo("{\"IPAD\":{\"supportsCaptions\":true,\"supportsDarkInterface\":false}}");
        var plan = fixture.run("plan", "--store", imported.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
    }

    @Test
    void anUnknownDeviceFamilyIsAProblemAtItsLocationAndNothingIsSent() throws IOException {
        writeDeclarations("  IPHONE: {supportsVoiceover: true}\n  WATCH: {supportsVoiceover: true}\n");
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("apps/notes/app.yaml:").contains("unknown key 'WATCH'");
        assertThat(fixture.sandbox.requestLog().count()).isZero();
    }
}
