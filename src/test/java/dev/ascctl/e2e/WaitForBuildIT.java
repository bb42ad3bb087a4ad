package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.server.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code apply --wait-for-build}: build 250 was just uploaded and is PROCESSING; apply waits, with progress lines,
 * until Apple (the test, through /sandbox-admin) finishes processing it, then attaches it. Or gives up.
 */
@SandboxModes
class WaitForBuildIT {
    @TempDir
    Path temp;
    Sandbox sandbox;
    Path store;
    final CliRunner cli = new CliRunner().env("ASCCTL_BUILD_POLL_MS", "100");

    @BeforeEach
    void start() throws Exception {
        Path seed = temp.resolve("seed.yaml");
        Files.writeString(seed, """
                apps:
                  - bundleId: com.example.notes
                    builds:
                      - {version: "240", versionString: "2.4.0", processingState: VALID, uploadedDate: "2026-01-01T10:00:00Z"}
                      - {version: "250", versionString: "2.5.0", processingState: PROCESSING, uploadedDate: "2026-02-01T10:00:00Z"}
                    versions:
                      - {versionString: "2.4.0", state: READY_FOR_DISTRIBUTION, build: "240"}
                      - {versionString: "2.5.0", state: PREPARE_FOR_SUBMISSION}
                """);
        sandbox = Sandbox.start(SandboxFixture.sandboxOptions().withSeedFile(seed));
        store = temp.resolve("store");
        Files.createDirectories(store.resolve("apps/notes/locales"));
        Files.writeString(store.resolve("apps/notes/locales/en-US.yaml"), "{}\n");
        Files.writeString(store.resolve("apps/notes/app.yaml"), """
                bundleId: com.example.notes
                platform: IOS
                primaryLocale: en-US
                version: {versionString: "2.5.0", build: "250"}
                """);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private StoredResource build(String number) {
        return sandbox.state().find("builds", a -> number.equals(a.get("version"))).orElseThrow();
    }

    private StoredResource version() {
        return sandbox.state().find("appStoreVersions", a -> "2.5.0".equals(a.get("versionString"))).orElseThrow();
    }

    private void finishProcessing(String buildId) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        sandbox.baseUri().toString().replaceAll("/$", "") + "/sandbox-admin/builds/" + buildId
                                + "/processingState/VALID"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    private long buildReads() {
        return sandbox.requestLog().list().stream().filter(e -> e.path().equals("/v1/builds")).count();
    }

    @Test
    void planReportsTheProcessingBuildAndApplyWaitsForItThenAttachesIt() throws Exception {
        var plan = cli.sandbox(sandbox.baseUri().toString(), "plan", "--store", store.toString());
        assertThat(plan.out()).contains("build 250 is still processing", "--wait-for-build");

        var apply = CompletableFuture.supplyAsync(() -> cli.sandbox(sandbox.baseUri().toString(), "apply", "--store",
                store.toString(), "--auto-approve", "--wait-for-build", "30s"));
        // Apple finishes processing once apply has looked at least twice.
        long before = buildReads();
        while (buildReads() < before + 2) {
            Thread.sleep(20);
        }
        assertThat(version().related("build")).isEmpty();
        finishProcessing(build("250").id());
        var result = apply.get(30, TimeUnit.SECONDS);

        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Waiting for build 250 of com.example.notes (PROCESSING; ",
                "Build processing finished after ", "version[2.5.0].build: updated");
        assertThat(result.out().indexOf("Waiting for build 250")).isLessThan(result.out().indexOf("will be"));
        assertThat(version().related("build")).containsExactly(build("250").id());
        OpenApiConformance.assertConforms(sandbox.requestLog().list().stream()
                .filter(e -> e.path().startsWith("/v1/")).toList());
    }

    @Test
    void givesUpAfterTheDurationWithExitOneAndNoWrite() {
        var result = cli.sandbox(sandbox.baseUri().toString(), "apply", "--store", store.toString(), "--auto-approve",
                "--wait-for-build", "1s");

        assertThat(result.exitCode()).as(result.all()).isEqualTo(1);
        assertThat(result.out()).contains("Waiting for build 250 of com.example.notes");
        assertThat(result.err()).contains("gave up after 1s: build 250 of com.example.notes still PROCESSING",
                "Nothing was applied");
        assertThat(sandbox.requestLog().list().stream().filter(e -> e.path().startsWith("/v1/"))
                .filter(RecordedExchange::isWrite)).isEmpty();
    }

    @Test
    void aBadDurationOrASavedPlanIsAUsageError() {
        var bad = cli.sandbox(sandbox.baseUri().toString(), "apply", "--store", store.toString(),
                "--wait-for-build", "soon");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("not a duration");
        var saved = cli.sandbox(sandbox.baseUri().toString(), "apply", temp.resolve("x.plan").toString(),
                "--store", store.toString(), "--wait-for-build", "5m");
        assertThat(saved.exitCode()).isEqualTo(1);
        assertThat(saved.err()).contains("cannot be used with a saved plan");
        assertThat(sandbox.requestLog().list()).isEmpty();
    }
}
