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
 * The app's custom EULA end to end against the sandbox: created, its text changed, its territories changed, and
 * deleted by {@code eula: null}; after each apply the plan is clean, and every exchange conforms to Apple's spec.
 */
@SandboxStore
public class EndUserLicenseAgreementEndToEndIT {
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
        // The example's other metadata first, so each apply below writes the EULA alone.
        var base = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(base.exitCode()).as(base.toString()).isZero();
    }

    private void writeEula(String yaml) throws IOException {
        Files.writeString(store.resolve("apps/notes/app.yaml"), appYaml + "\neula: " + yaml + "\n");
    }

    private List<StoredResource> eulas() {
        return fixture.sandbox.state().all("endUserLicenseAgreements");
    }

    /** Applies, checks the writes sent and their conformance, then that the plan after it is clean. */
    private void applyExpecting(String method, String pathStart) {
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        List<RecordedExchange> writes = fixture.sandbox.requestLog().list().stream()
                .filter(RecordedExchange::isWrite).toList();
        assertThat(writes).singleElement().satisfies(w -> {
            assertThat(w.method()).isEqualTo(method);
            assertThat(w.path()).startsWith(pathStart);
        });
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        fixture.sandbox.requestLog().clear();
        var plan = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
    }

    @Test
    void createChangeTextChangeTerritoriesThenNullDeletes() throws IOException {
        writeEula("{agreementText: \"Notes licence v1\", territories: [USA, GBR]}");
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("app[com.example.notes].eula will be created");
        applyExpecting("POST", "/v1/endUserLicenseAgreements");
        assertThat(eulas()).singleElement().satisfies(e -> {
            assertThat(e.attribute("agreementText")).isEqualTo("Notes licence v1");
            assertThat(e.related("territories")).containsExactlyInAnyOrder("USA", "GBR");
        });

        writeEula("{agreementText: \"Notes licence v2\", territories: [GBR, USA]}");
        applyExpecting("PATCH", "/v1/endUserLicenseAgreements/");
        assertThat(eulas()).singleElement().satisfies(e -> {
            assertThat(e.attribute("agreementText")).isEqualTo("Notes licence v2");
            assertThat(e.related("territories")).containsExactlyInAnyOrder("USA", "GBR");
        });

        writeEula("{agreementText: \"Notes licence v2\", territories: [DEU, USA]}");
        applyExpecting("PATCH", "/v1/endUserLicenseAgreements/");
        assertThat(eulas()).singleElement().satisfies(e ->
                assertThat(e.related("territories")).containsExactlyInAnyOrder("USA", "DEU"));

        writeEula("null");
        var delete = fixture.run("plan", "--store", store.toString());
        assertThat(delete.out()).contains("app[com.example.notes].eula will be destroyed");
        applyExpecting("DELETE", "/v1/endUserLicenseAgreements/");
        assertThat(eulas()).isEmpty();
    }

    @Test
    void importWritesTheEulaAndThePlanOfTheImportIsClean() throws IOException {
        writeEula("{agreementText: \"Notes licence\", territories: [USA, GBR]}");
        assertThat(fixture.run("apply", "--store", store.toString(), "--auto-approve").exitCode()).isZero();
        Path imported = temp.resolve("imported");
        fixture.sandbox.requestLog().clear();
        var result = fixture.run("import", "--bundle-id", "com.example.notes", "--out", imported.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        var yaml = tools.jackson.dataformat.yaml.YAMLMapper.builder().build()
                .readTree(imported.resolve("apps/notes/app.yaml").toFile());
        assertThat(yaml.at("/eula/agreementText").asString()).isEqualTo("Notes licence");
        assertThat(yaml.at("/eula/territories").toString()).isEqualTo("[\"GBR\",\"USA\"]");
        var plan = fixture.run("plan", "--store", imported.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
    }

    @Test
    void anUnknownTerritoryIsAProblemAtItsLocationAndNothingIsSent() throws IOException {
        writeEula("{agreementText: \"Notes licence\", territories: [USA, XYZ]}");
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("apps/notes/app.yaml:").contains("territory 'XYZ'");
        assertThat(fixture.sandbox.requestLog().count()).isZero();
    }
}
