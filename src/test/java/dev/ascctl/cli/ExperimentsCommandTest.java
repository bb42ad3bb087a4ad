package dev.ascctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code experiments status}: the golden table, the JSON, what it costs, and bad input refused before a request. */
class ExperimentsCommandTest {
    private static final Path GOLDEN = CliRunner.REPO.resolve("src/test/resources/cli/experiments-status.txt");
    @TempDir
    Path temp;
    Sandbox sandbox;

    @BeforeEach
    void start() throws IOException {
        sandbox = Sandbox.start(SandboxOptions.defaults().withSeedFile(
                CliRunner.REPO.resolve("src/test/resources/sandbox/experiments-status-seed.yaml")));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CliRunner.Result run(String... args) {
        return new CliRunner().workDir(temp).sandbox(sandbox.baseUri().toString(), args);
    }

    @Test
    void showsEachTestsStateTrafficDatesAndTreatments() throws IOException {
        sandbox.requestLog().clear();
        var table = run("experiments", "status", "--app", "com.example.notes", "--app", "com.example.atlas");
        assertThat(table.exitCode()).as(table.toString()).isZero();
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, table.out(), StandardCharsets.UTF_8);
        }
        assertThat(table.out()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        // Per app: the app, its tests with their treatments; then one read per treatment (4): 2 + 4 + 2.
        assertThat(sandbox.requestLog().list()).hasSize(8);
        assertThat(sandbox.requestLog().list()).noneMatch(e -> e.isWrite());

        var json = run("experiments", "status", "--app", "com.example.notes", "--format", "json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode tests = JsonMapper.builder().build().readTree(json.out()).get("com.example.notes");
        assertThat(tests).hasSize(3);
        assertThat(tests.get(0).get("status").asString()).isEqualTo("running");
        assertThat(tests.get(0).at("/treatments/0/locales").toString()).isEqualTo("[\"de-DE\",\"en-US\"]");
    }

    @Test
    void aBadFormatIsRefusedBeforeAnyRequest() {
        sandbox.requestLog().clear();
        var bad = run("experiments", "status", "--app", "com.example.notes", "--format", "csv");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("--format must be table or json");
        assertThat(sandbox.requestLog().list()).isEmpty();
    }
}
