package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.plist.TestArchives;
import dev.ascctl.sandbox.Fault;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.server.Sandbox;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ascctl build upload} against the sandbox (issue 15 scope 1): a generated .ipa is uploaded through
 * {@code /v1/buildUploads}, processed and VALID at the version its Info.plist names; a re-run sends nothing; a PUT
 * failing once, a lost commit answer and processing ending FAILED each leave no orphan upload and the next run
 * converges; an upload interrupted before its commit is resumed, not made twice. Every API exchange conforms.
 */
@SandboxModes
class BuildUploadIT {
    private static final String BUNDLE = "com.example.notes";
    @TempDir
    Path temp;
    Sandbox sandbox;
    Path ipa;
    final CliRunner cli = new CliRunner().env("ASCCTL_BUILD_POLL_MS", "20");

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxFixture.sandboxOptions().withApps(BUNDLE));
        // 20 MB: three parts of the sandbox's 8 MiB, so parts go in parallel.
        ipa = TestArchives.ipa(temp.resolve("Notes.ipa"), BUNDLE, "2.5.0", "246", false, 20L * 1024 * 1024);
    }

    @AfterEach
    void stop() {
        OpenApiConformance.assertConforms(sandbox.requestLog().withoutInjectedFaults().stream()
                .filter(e -> e.path().startsWith("/v1/")).toList());
        sandbox.close();
    }

    private CliRunner.Result upload() {
        return cli.sandbox(sandbox.baseUri().toString(), "build", "upload", ipa.toString());
    }

    private List<StoredResource> uploads() {
        return sandbox.state().all("buildUploads");
    }

    private List<StoredResource> builds() {
        return sandbox.state().findAll("builds", a -> "246".equals(a.get("version")));
    }

    private long requests(String method, String path) {
        return sandbox.requestLog().list().stream().filter(e -> e.method().equals(method) && e.path().equals(path))
                .count();
    }

    private void assertOneValidBuild() {
        assertThat(builds()).hasSize(1);
        assertThat(builds().get(0).attribute("processingState")).isEqualTo("VALID");
        assertThat(uploads()).hasSize(1);
    }

    @Test
    void uploadsProcessesAndASecondRunSendsNothing() throws Exception {
        var first = upload();
        assertThat(first.exitCode()).as(first.all()).isZero();
        assertThat(first.out()).contains("Uploading Notes.ipa (2.5.0, build 246): 21.0 MB in 3 parts, 3 at a time",
                "100% (21.0 MB of 21.0 MB)", "Apple: upload processing", "Build 246 (2.5.0) is processed and VALID");
        assertOneValidBuild();
        long received = sandbox.state().buildArchives().bytesReceived();
        assertThat(received).isEqualTo(Files.size(ipa));

        var second = upload();
        assertThat(second.exitCode()).as(second.all()).isZero();
        assertThat(second.out()).contains("Already uploaded: Notes.ipa (2.5.0, build 246)",
                "uploaded by an earlier run, nothing sent");
        assertThat(sandbox.state().buildArchives().bytesReceived()).isEqualTo(received);
        assertThat(requests("POST", "/v1/buildUploads")).isEqualTo(1);
        assertOneValidBuild();
    }

    @Test
    void aPutFailingOnceIsSentAgain() {
        sandbox.faults().inject("PUT", "/upload/builds/.*/1", 1, Fault.status(503, "SERVICE_UNAVAILABLE"));
        var result = upload();
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(sandbox.faults().pending()).isZero();
        assertOneValidBuild();
    }

    @Test
    void aLostCommitAnswerIsAdopted() {
        sandbox.faults().inject("PATCH", "/v1/buildUploadFiles/.*", 1, Fault.afterProcessing(Fault.reset()));
        var result = upload();
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("The commit's answer was lost, but Apple has the file");
        assertOneValidBuild();
    }

    @Test
    void processingEndingFailedDeletesTheUploadAndTheNextRunConverges() {
        sandbox.state().buildArchives().failProcessing(1);
        var failed = upload();
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("Apple could not process Notes.ipa (2.5.0, build 246): PROCESSING_ERROR",
                "the upload was deleted, nothing is left behind");
        assertThat(uploads()).as("no orphan").isEmpty();
        assertThat(builds()).isEmpty();

        var again = upload();
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertOneValidBuild();
    }

    @Test
    void aPartRefusedForGoodDeletesTheUploadAndTheNextRunConverges() {
        sandbox.faults().inject("PUT", "/upload/builds/.*/0", 3, Fault.status(503, "SERVICE_UNAVAILABLE"));
        var failed = upload();
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.err()).contains("sending the file failed", "the upload was deleted, nothing is left behind");
        assertThat(uploads()).as("no orphan").isEmpty();

        var again = upload();
        assertThat(again.exitCode()).as(again.all()).isZero();
        assertOneValidBuild();
    }

    /** An earlier run made the upload, reserved the file and sent one part, then died (CI job cancelled). */
    @Test
    void anInterruptedUploadIsResumedNotMadeTwice() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        JsonMapper json = JsonMapper.builder().build();
        String appId = sandbox.state().find("apps", a -> BUNDLE.equals(a.get("bundleId"))).orElseThrow().id();
        String token = dev.ascctl.sandbox.TestTokensAccess.valid();
        JsonNode upload = json.readTree(post(http, token, "/v1/buildUploads", """
                {"data": {"type": "buildUploads", "attributes": {"cfBundleShortVersionString": "2.5.0",
                 "cfBundleVersion": "246", "platform": "IOS"},
                 "relationships": {"app": {"data": {"type": "apps", "id": "%s"}}}}}""".formatted(appId)));
        JsonNode file = json.readTree(post(http, token, "/v1/buildUploadFiles", """
                {"data": {"type": "buildUploadFiles", "attributes": {"assetType": "ASSET", "fileName": "Notes.ipa",
                 "fileSize": %d, "uti": "com.apple.ipa"},
                 "relationships": {"buildUpload": {"data": {"type": "buildUploads", "id": "%s"}}}}}"""
                .formatted(Files.size(ipa), upload.at("/data/id").asString())));
        JsonNode first = file.at("/data/attributes/uploadOperations/0");
        byte[] bytes = Files.readAllBytes(ipa);
        http.send(HttpRequest.newBuilder(URI.create(first.get("url").asString()))
                .header("Content-Type", "application/octet-stream")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes, 0, first.get("length").asInt())).build(),
                HttpResponse.BodyHandlers.discarding());

        var result = upload();
        assertThat(result.exitCode()).as(result.all()).isZero();
        assertThat(result.out()).contains("Resuming upload " + upload.at("/data/id").asString());
        assertThat(requests("POST", "/v1/buildUploads")).isEqualTo(1);
        assertThat(requests("POST", "/v1/buildUploadFiles")).isEqualTo(1);
        assertOneValidBuild();
    }

    @Test
    void aDifferentFileWithAUsedBuildNumberIsRefusedNamingTheFix() throws Exception {
        assertThat(upload().exitCode()).isZero();
        ipa = TestArchives.ipa(temp.resolve("other/Notes.ipa"), BUNDLE, "2.5.0", "246", true, 1000);
        var result = upload();
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("was already uploaded from another file", "raise CFBundleVersion");
        assertThat(sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite)
                .filter(e -> e.path().startsWith("/v1/buildUploads"))).hasSize(1);
    }

    private String post(HttpClient http, String token, String path, String body) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(sandbox.baseUri() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r.body();
    }
}
