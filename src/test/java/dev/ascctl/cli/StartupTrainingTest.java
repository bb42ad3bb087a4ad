package dev.ascctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The training run's store is valid and plans cleanly, so the start-up archive holds a whole plan's classes. */
class StartupTrainingTest {
    @TempDir
    Path dir;

    @Test
    void trainingStoreValidatesAndPlansAgainstTheSandbox() throws Exception {
        Path store = StartupTraining.writeStore(dir.resolve("store"));
        CliRunner cli = new CliRunner();
        var validate = cli.run("validate", "--store", store.toString());
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0)
                .withApps(StartupTraining.BUNDLE_ID))) {
            var plan = cli.sandbox(sandbox.baseUri().toString(), "plan", "--store", store.toString());
            assertThat(plan.exitCode()).as(plan.toString()).isZero();
            assertThat(plan.out()).contains("to add");
            assertThat(sandbox.requestLog().list()).isNotEmpty();
        }
    }
}
