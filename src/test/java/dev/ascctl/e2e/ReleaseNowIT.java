package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.server.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ascctl release now}: a MANUAL version, approved by App Review (played by the test), waits in
 * PENDING_DEVELOPER_RELEASE until the developer releases it with an appStoreVersionReleaseRequest.
 */
@SandboxModes
class ReleaseNowIT {
    @TempDir
    Path temp;
    Sandbox sandbox;
    Path store;
    final CliRunner cli = new CliRunner();

    @BeforeEach
    void start() throws Exception {
        Path seed = temp.resolve("seed.yaml");
        Files.writeString(seed, """
                apps:
                  - bundleId: com.example.notes
                    builds:
                      - {version: "300", versionString: "3.0", processingState: VALID, uploadedDate: "2026-02-01T10:00:00Z"}
                    versions:
                      - {versionString: "2.0", state: READY_FOR_DISTRIBUTION}
                      - {versionString: "3.0", state: WAITING_FOR_REVIEW, build: "300", attributes: {releaseType: MANUAL}}
                """);
        sandbox = Sandbox.start(SandboxFixture.sandboxOptions().withSeedFile(seed));
        store = temp.resolve("store");
        Files.createDirectories(store.resolve("apps/notes/locales"));
        Files.writeString(store.resolve("apps/notes/locales/en-US.yaml"), "{}\n");
        Files.writeString(store.resolve("apps/notes/app.yaml"), """
                bundleId: com.example.notes
                platform: IOS
                primaryLocale: en-US
                """);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String version(String versionString) {
        return sandbox.state().find("appStoreVersions", a -> versionString.equals(a.get("versionString")))
                .orElseThrow().id();
    }

    private String advance(String versionId) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        sandbox.baseUri().toString().replaceAll("/$", "") + "/sandbox-admin/appStoreVersions/"
                                + versionId + "/advance"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void releasesAVersionPendingDeveloperRelease() throws Exception {
        String id = version("3.0");
        advance(id);
        assertThat(advance(id)).contains("PENDING_DEVELOPER_RELEASE");

        var now = cli.sandbox(sandbox.baseUri().toString(), "release", "now", "--store", store.toString());

        assertThat(now.exitCode()).as(now.all()).isZero();
        assertThat(now.out()).contains("com.example.notes 3.0: release requested");
        assertThat(sandbox.state().require("appStoreVersions", id).attribute("appVersionState"))
                .isEqualTo("READY_FOR_DISTRIBUTION");
        var writes = sandbox.requestLog().list().stream().filter(e -> e.path().startsWith("/v1/"))
                .filter(RecordedExchange::isWrite).toList();
        assertThat(writes).extracting(e -> e.method() + " " + e.path())
                .containsExactly("POST /v1/appStoreVersionReleaseRequests");
        assertThat(writes.get(0).requestBody()).contains("\"appStoreVersions\"", id);
        OpenApiConformance.assertConforms(sandbox.requestLog().list().stream()
                .filter(e -> e.path().startsWith("/v1/")).toList());
    }

    @Test
    void refusesWhenNoVersionWaitsForTheDeveloperAndSendsNoWrite() {
        // 3.0 is still WAITING_FOR_REVIEW: nothing to release.
        var now = cli.sandbox(sandbox.baseUri().toString(), "release", "now", "--store", store.toString());

        assertThat(now.exitCode()).isEqualTo(1);
        assertThat(now.err()).contains("no version in PENDING_DEVELOPER_RELEASE");
        assertThat(sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)).isEmpty();
        assertThat(sandbox.state().require("appStoreVersions", version("3.0")).attribute("appVersionState"))
                .isEqualTo("WAITING_FOR_REVIEW");
    }
}
