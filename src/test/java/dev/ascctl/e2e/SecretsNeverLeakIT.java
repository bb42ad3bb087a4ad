package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No private key, JWT or demo password appears in any output, debug log, error or plan file (DESIGN 1.7), while
 * the password really reaches App Store Connect.
 */
@SandboxStore
class SecretsNeverLeakIT {
    static final String PASSWORD = "Demo-Pa55word-7f3k";
    @TempDir
    Path temp;
    SandboxFixture fixture;
    Path store;
    String pem;

    @BeforeEach
    void start(SandboxFixture fixture) throws Exception {
        this.fixture = fixture;
        store = fixture.store();
        Path appYaml = store.resolve("apps/notes/app.yaml");
        Files.writeString(appYaml, Files.readString(appYaml).replace("demoAccountRequired: false",
                "demoAccountRequired: true\n  demoAccountName: reviewer@example.com\n"
                        + "  demoAccountPassword: ${env:ASC_DEMO_PASSWORD}"));
        pem = Files.readString(CliRunner.REPO.resolve("config/sandbox/AuthKey_SANDBOX001.p8"));
    }

    /** Credentials from the environment with the key inline, so the PEM passes through our code. */
    private CliRunner cli() {
        return new CliRunner()
                .env("ASC_KEY_ID", "SANDBOX001")
                .env("ASC_ISSUER_ID", "69a6de70-0000-47e3-e053-5b8c7c11a4d1")
                .env("ASC_PRIVATE_KEY", pem)
                .env("ASC_ENDPOINT", fixture.url())
                .env("ASC_DEMO_PASSWORD", PASSWORD);
    }

    @Test
    void noSecretInAnyOutputLogOrPlanFile() throws Exception {
        List<String> outputs = new ArrayList<>();
        Path planFile = temp.resolve("review.plan");
        var plan = cli().run("--debug", "plan", "--store", store.toString(), "--out", planFile.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("demoAccountPassword = (sensitive value from ${env:ASC_DEMO_PASSWORD})");
        outputs.add(plan.all());
        outputs.add(Files.readString(planFile));
        for (String format : List.of("text", "markdown", "json")) {
            outputs.add(cli().run("--debug", "show", planFile.toString(), "--format", format).all());
        }
        var apply = cli().run("--debug", "apply", planFile.toString(), "--store", store.toString());
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        outputs.add(apply.all());
        outputs.add(cli().run("--debug", "drift", "--store", store.toString(), "--format", "json").all());
        // A failure path: an unreachable endpoint, with stack traces on.
        outputs.add(cli().env("ASC_ENDPOINT", "http://127.0.0.1:1").run("--debug", "plan", "--store",
                store.toString()).all());

        String everything = String.join("\n", outputs);
        assertThat(everything).contains("[debug]");
        assertThat(everything).doesNotContain(PASSWORD);
        assertThat(everything).doesNotContain("PRIVATE KEY");
        for (String line : pem.lines().filter(l -> !l.startsWith("-----")).toList()) {
            assertThat(everything).doesNotContain(line);
        }
        // Every JWT starts with the base64url of '{"' (its JSON header).
        assertThat(everything).doesNotContain("eyJ");

        // The password did reach App Store Connect: the review detail holds it.
        var detail = fixture.sandbox.state().find("appStoreReviewDetails",
                a -> PASSWORD.equals(a.get("demoAccountPassword")));
        assertThat(detail).isPresent();
    }

    /**
     * The leaks of issue 21 item 2, each tried on the store: the private key by ${env:}, a file outside the
     * repository by an absolute path, by .. and by a link, and any reference in published text. Each ends in
     * exit 1 before the first request, and nothing of the key or the file appears anywhere.
     */
    @Test
    void secretReferencesCannotReachTheKeyOrFilesOutsideTheRepository() throws Exception {
        Path outside = Files.writeString(temp.resolve("shadow.txt"), "root:CANARY-shadow-hash:19000:0:99999:7:::\n");
        Files.createDirectories(store.resolve("secrets"));
        Files.createSymbolicLink(store.resolve("secrets/link.txt"), outside);
        Path appYaml = store.resolve("apps/notes/app.yaml");
        Path enUs = store.resolve("apps/notes/locales/en-US.yaml");
        String app = Files.readString(appYaml);
        String locale = Files.readString(enUs);
        List<String> passwords = List.of("${env:ASC_PRIVATE_KEY}", "${file:" + outside + "}",
                "${file:../" + temp.relativize(outside) + "}", "${file:secrets/link.txt}");
        List<String> outputs = new ArrayList<>();
        for (String reference : passwords) {
            Files.writeString(appYaml, app.replace("${env:ASC_DEMO_PASSWORD}", reference));
            outputs.add(assertRefusedBeforeAnyRequest(reference));
        }
        Files.writeString(appYaml, app);
        Files.writeString(enUs, locale.replace("whatsNew: |", "whatsNew: ${env:ASC_PRIVATE_KEY}\nx-was-whatsNew: |"));
        outputs.add(assertRefusedBeforeAnyRequest("whatsNew"));

        String everything = String.join("\n", outputs);
        assertThat(everything).doesNotContain("CANARY-shadow-hash").doesNotContain("PRIVATE KEY");
        for (String line : pem.lines().filter(l -> !l.startsWith("-----")).toList()) {
            assertThat(everything).doesNotContain(line);
        }
    }

    private String assertRefusedBeforeAnyRequest(String what) {
        fixture.sandbox.requestLog().clear();
        var plan = cli().run("--debug", "plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(what + ": " + plan).isEqualTo(1);
        assertThat(plan.err()).as(what).containsAnyOf("ascctl's own credential variable", "is an absolute path",
                "leads outside the repository", "symbolic link leading outside", "allowed only in demoAccountPassword");
        assertThat(fixture.sandbox.requestLog().count()).as(what + ": requests").isZero();
        return plan.all();
    }
}
