package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's own repository with {@code config/credentials.local.yaml} written as the README shows it: a profile with
 * every key field and {@code contactDefaults}. The defaults fill what the store leaves out, and a store command
 * never fails on them (it did: "source of contact defaults").
 */
@SandboxStore(store = SandboxStore.Store.EMPTY)
class CredentialsFileDefaultsIT {
    @TempDir
    Path project;
    SandboxFixture fixture;

    @BeforeEach
    void writeProject(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        Path key = CliRunner.REPO.resolve("config/sandbox/AuthKey_SANDBOX001.p8");
        Files.createDirectories(project.resolve("config"));
        Files.writeString(project.resolve("config/ascctl.yaml"), """
                profiles:
                  local:
                    keyId: SANDBOX001
                    issuerId: 69a6de70-0000-47e3-e053-5b8c7c11a4d1
                """);
        Files.writeString(project.resolve("config/credentials.local.yaml"), """
                profiles:
                  local:
                    privateKeyPath: %s
                    endpoint: %s
                contactDefaults:
                  company: Example Inc.
                  contactFirstName: Grace
                  contactLastName: Hopper
                  contactEmail: grace@example.com
                  contactPhone: "+1 555 0199"
                  copyright: "2026 Example Inc."
                """.formatted(key, fixture.url()));
        Path app = Files.createDirectories(project.resolve("store/apps/notes/locales"));
        Files.writeString(app.resolve("en-US.yaml"), "name: Notes Pro\n");
        Files.writeString(app.getParent().resolve("app.yaml"), """
                bundleId: com.example.notes
                platform: IOS
                primaryLocale: en-US
                version:
                  versionString: "1.0"
                  releaseType: MANUAL
                review:
                  notes: No account needed.
                """);
    }

    @Test
    void contactDefaultsFillTheReviewDetailAndCopyright() {
        CliRunner cli = new CliRunner().workDir(project);
        var validate = cli.run("validate", "--store", "store");
        assertThat(validate.exitCode()).as(validate.toString()).isZero();

        var plan = cli.run("--profile", "local", "plan", "--store", "store");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).containsPattern("contactFirstName += \"Grace\"")
                .containsPattern("contactEmail += \"grace@example.com\"")
                .containsPattern("contactPhone += \"\\+1 555 0199\"")
                .containsPattern("copyright += \"2026 Example Inc.\"");
    }
}
