package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The manual-steps checklist through the real CLI against a freshly seeded sandbox app. */
@SandboxStore
class ManualStepsEndToEndIT {
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        // The seeded app has no content rights declaration; without the YAML key nothing will set it.
        Path appYaml = store.resolve("apps/notes/app.yaml");
        String yaml = Files.readString(appYaml, StandardCharsets.UTF_8);
        Files.writeString(appYaml, yaml.replaceAll("(?m)^contentRightsDeclaration:.*\\n", ""), StandardCharsets.UTF_8);
    }

    @Test
    void planEndsWithTheStepsStillOpenAndApplyLeavesThemOpen() {
        var plan = fixture.run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        String out = plan.out();
        assertThat(out.substring(out.indexOf("App Store Connect requests:"))).contains(
                "\nManual steps still open in App Store Connect:\n"
                        + "  - app[com.example.notes]: declare whether the app uses third-party content, or set"
                        + " contentRightsDeclaration in app.yaml\n"
                        + "    (App Store Connect → App Information → Content Rights)\n");
        // The example store sets the primary category: that step is closed by this apply, so it is not listed.
        assertThat(out).doesNotContain("App Information → Category");

        var markdown = fixture.run("plan", "--store", store.toString(), "--format", "markdown");
        assertThat(markdown.out()).contains("- [ ] `app[com.example.notes]`: declare whether the app uses");

        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        var after = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        // Steps are not changes: the plan is clean (exit 0) and still lists what only a person can do.
        assertThat(after.exitCode()).as(after.toString()).isZero();
        assertThat(after.out()).contains("Manual steps still open in App Store Connect:",
                "App Information → Content Rights");
    }
}
