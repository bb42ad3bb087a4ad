package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.plist.TestArchives;
import dev.ascctl.sandbox.server.Sandbox;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The sandbox's build uploads (issue 15 scope 6): an .ipa uploaded through {@code /v1/buildUploads} and
 * {@code /v1/buildUploadFiles} with the upload operations on the sandbox's own host becomes a VALID build in
 * {@code GET /v1/builds} at the version read from its Info.plist, through PROCESSING; what Apple refuses is refused
 * (a duplicate build number, a wrong checksum, a commit before every part); processing can end FAILED; every exchange
 * conforms to the spec.
 */
class BuildUploadRulesTest {
    private static final String BUNDLE = "com.example.notes";
    @TempDir
    Path dir;
    private Sandbox sandbox;
    private SandboxClient client;
    private String appId;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps(BUNDLE));
        client = new SandboxClient(sandbox);
        appId = sandbox.state().find("apps", a -> BUNDLE.equals(a.get("bundleId"))).orElseThrow().id();
    }

    @AfterEach
    void stop() {
        OpenApiConformance.assertConforms(sandbox.requestLog().list());
        sandbox.close();
    }

    private SandboxClient.Reply createUpload(String version, String build) {
        return client.post("/v1/buildUploads", """
                {"data": {"type": "buildUploads",
                  "attributes": {"cfBundleShortVersionString": "%s", "cfBundleVersion": "%s", "platform": "IOS"},
                  "relationships": {"app": {"data": {"type": "apps", "id": "%s"}}}}}""".formatted(version, build, appId));
    }

    private JsonNode reserve(String uploadId, Path ipa) throws Exception {
        SandboxClient.Reply file = client.post("/v1/buildUploadFiles", """
                {"data": {"type": "buildUploadFiles",
                  "attributes": {"assetType": "ASSET", "fileName": "%s", "fileSize": %d, "uti": "com.apple.ipa"},
                  "relationships": {"buildUpload": {"data": {"type": "buildUploads", "id": "%s"}}}}}"""
                .formatted(ipa.getFileName(), Files.size(ipa), uploadId));
        assertThat(file.status()).as(file.body()).isEqualTo(201);
        return file.json().get("data");
    }

    private void put(JsonNode file, Path ipa) throws Exception {
        byte[] bytes = Files.readAllBytes(ipa);
        for (JsonNode op : file.at("/attributes/uploadOperations")) {
            int offset = op.get("offset").asInt();
            int length = op.get("length").asInt();
            assertThat(op.get("url").asString()).startsWith(sandbox.baseUri().toString() + "/upload/builds/");
            SandboxClient.Reply r = client.send(HttpRequest.newBuilder(URI.create(op.get("url").asString()))
                    .header("Content-Type", "application/octet-stream")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes, offset, length)));
            assertThat(r.status()).isEqualTo(200);
        }
    }

    private SandboxClient.Reply commit(String fileId, String md5) {
        return client.patch("/v1/buildUploadFiles/" + fileId, """
                {"data": {"type": "buildUploadFiles", "id": "%s",
                  "attributes": {"uploaded": true, "sourceFileChecksums": {"file": {"hash": "%s", "algorithm": "MD5"}}}}}"""
                .formatted(fileId, md5));
    }

    private static String md5(Path file) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
    }

    private String uploadState(String uploadId) {
        return client.get("/v1/buildUploads/" + uploadId).json().at("/data/attributes/state/state").asString();
    }

    @Test
    void anIpaBecomesAValidBuildAtItsPlistVersionThroughProcessing() throws Exception {
        Path ipa = TestArchives.ipa(dir.resolve("Notes.ipa"), BUNDLE, "2.5.0", "246", false, 20L * 1024 * 1024);
        SandboxClient.Reply created = createUpload("2.5.0", "246");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String uploadId = created.json().at("/data/id").asString();
        assertThat(created.json().at("/data/attributes/state/state").asString()).isEqualTo("AWAITING_UPLOAD");
        JsonNode file = reserve(uploadId, ipa);
        assertThat(file.at("/attributes/uploadOperations")).hasSize(3); // 20 MB in parts of 8 MiB
        assertThat(commit(file.get("id").asString(), md5(ipa)).status()).as("commit before the parts").isEqualTo(409);
        put(file, ipa);

        SandboxClient.Reply committed = commit(file.get("id").asString(), md5(ipa));
        assertThat(committed.status()).as(committed.body()).isEqualTo(200);
        assertThat(committed.json().at("/data/attributes/assetDeliveryState/state").asString()).isEqualTo("UPLOAD_COMPLETE");
        JsonNode processing = client.get("/v1/buildUploads/" + uploadId + "?include=build").json();
        assertThat(processing.at("/data/attributes/state/state").asString()).isEqualTo("PROCESSING");
        assertThat(processing.at("/included/0/attributes/processingState").asString()).isEqualTo("PROCESSING");
        assertThat(uploadState(uploadId)).isEqualTo("COMPLETE");

        JsonNode builds = client.get("/v1/builds?filter[app]=" + appId + "&filter[version]=246&include=preReleaseVersion")
                .json();
        assertThat(builds.at("/data/0/attributes/processingState").asString()).isEqualTo("VALID");
        assertThat(builds.at("/data/0/attributes/usesNonExemptEncryption").asBoolean()).isFalse();
        assertThat(builds.at("/included/0/attributes/version").asString()).isEqualTo("2.5.0");
        assertThat(client.get("/v1/apps/" + appId + "/buildUploads?filter[cfBundleVersion]=246").json().at("/data"))
                .hasSize(1);
        assertThat(sandbox.state().buildArchives().complete(file.get("id").asString())).as("temporary file dropped")
                .isEmpty();

        SandboxClient.Reply again = createUpload("2.5.0", "246");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().at("/errors/0/code").asString()).isEqualTo("ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE");
        assertThat(again.json().at("/errors/0/source/pointer").asString()).isEqualTo("/data/attributes/cfBundleVersion");
        assertThat(client.delete("/v1/buildUploads/" + uploadId).status()).as("a complete upload stays").isEqualTo(403);
    }

    @Test
    void aWrongChecksumIsRefusedAndASecondCommitToo() throws Exception {
        Path ipa = TestArchives.ipa(dir.resolve("Notes.ipa"), BUNDLE, "2.5.0", "247", null, 0);
        String uploadId = createUpload("2.5.0", "247").json().at("/data/id").asString();
        JsonNode file = reserve(uploadId, ipa);
        put(file, ipa);
        SandboxClient.Reply wrong = commit(file.get("id").asString(), "0".repeat(32));
        assertThat(wrong.status()).isEqualTo(409);
        assertThat(wrong.json().at("/errors/0/source/pointer").asString())
                .isEqualTo("/data/attributes/sourceFileChecksums");
        assertThat(commit(file.get("id").asString(), md5(ipa)).status()).isEqualTo(200);
        assertThat(commit(file.get("id").asString(), md5(ipa)).status()).as("committed already").isEqualTo(409);
        uploadState(uploadId);
        uploadState(uploadId);
        JsonNode build = client.get("/v1/builds?filter[app]=" + appId + "&filter[version]=247").json().at("/data/0");
        assertThat(build.at("/attributes/usesNonExemptEncryption").isNull()).as("Missing Compliance").isTrue();
    }

    @Test
    void aPlistOtherThanTheUploadOrAnInjectedFailureEndsFailedAndFreesTheNumber() throws Exception {
        Path ipa = TestArchives.ipa(dir.resolve("Notes.ipa"), BUNDLE, "2.5.0", "999", false, 0);
        String uploadId = createUpload("2.5.0", "248").json().at("/data/id").asString();
        JsonNode file = reserve(uploadId, ipa);
        put(file, ipa);
        assertThat(commit(file.get("id").asString(), md5(ipa)).status()).isEqualTo(200);
        JsonNode failed = client.get("/v1/buildUploads/" + uploadId).json().at("/data/attributes/state");
        assertThat(failed.get("state").asString()).isEqualTo("FAILED");
        assertThat(failed.at("/errors/0/code").asString()).isEqualTo("BUNDLE_VERSION_MISMATCH");
        assertThat(client.delete("/v1/buildUploads/" + uploadId).status()).isEqualTo(204);

        Path right = TestArchives.ipa(dir.resolve("Right.ipa"), BUNDLE, "2.5.0", "248", false, 0);
        sandbox.state().buildArchives().failProcessing(1);
        String second = createUpload("2.5.0", "248").json().at("/data/id").asString();
        JsonNode secondFile = reserve(second, right);
        put(secondFile, right);
        commit(secondFile.get("id").asString(), md5(right));
        assertThat(uploadState(second)).isEqualTo("FAILED");
        assertThat(createUpload("2.5.0", "248").status()).as("a failed upload frees its number").isEqualTo(201);
        assertThat(client.get("/v1/builds?filter[app]=" + appId + "&filter[version]=248").json().at("/data")).isEmpty();
    }
}
