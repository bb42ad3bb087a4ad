package dev.ascctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: output and exit codes of DESIGN 2, without a server. */
class CliTest {
    final CliRunner cli = new CliRunner();

    @Test
    void helpListsTheCommandsAndExitsZero() {
        var help = cli.run("--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("validate", "plan", "apply", "show", "drift", "sandbox");
    }

    @Test
    void usageErrorsExitOneNotPicocliTwo() {
        assertThat(cli.run("plan", "--no-such-option").exitCode()).isEqualTo(1);
        var unknown = cli.run("plna");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("plan");
        assertThat(cli.run("show").exitCode()).isEqualTo(1);
    }

    @Test
    void aBadTargetIsAnErrorBeforeAnyRequest() {
        var plan = cli.run("--endpoint", "http://127.0.0.1:1", "plan", "--store", "examples/store", "--target", "app[x");
        assertThat(plan.exitCode()).isEqualTo(1);
        assertThat(plan.err()).contains("not a resource address");
    }

    @Test
    void validateNeedsNoCredentials() {
        var validate = cli.run("validate", "--store", "examples/store");
        assertThat(validate.exitCode()).as(validate.toString()).isZero();
        assertThat(validate.out()).isEqualTo("The store is valid: 1 app, 4 locales.\n");
    }

    @Test
    void missingCredentialsSayWhereTheyMayComeFrom(@TempDir Path empty) {
        var plan = cli.workDir(empty).run("plan", "--store", CliRunner.REPO.resolve("examples/store").toString());
        assertThat(plan.exitCode()).isEqualTo(1);
        assertThat(plan.err()).contains("Error:").contains("ASC_KEY_ID");
    }

    @Test
    void aFileThatIsNotAPlanIsRefusedClearly(@TempDir Path temp) throws Exception {
        Path notAPlan = Files.writeString(temp.resolve("x.plan"), "{\"hello\": 1}");
        var show = cli.run("show", notAPlan.toString());
        assertThat(show.exitCode()).isEqualTo(1);
        assertThat(show.err()).startsWith("Error: ").contains("x.plan");
        var missing = cli.run("show", temp.resolve("nope.plan").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nope.plan");
    }
}
