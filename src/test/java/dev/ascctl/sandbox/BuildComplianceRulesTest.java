package dev.ascctl.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export compliance on builds (issue 15 scope 2): {@code PATCH /v1/builds/{id}} answers it once, a processing build
 * gets no answer, {@code exists[usesNonExemptEncryption]} finds builds without one, and a build without one is
 * refused for Beta App Review. Every exchange conforms to the spec.
 */
class BuildComplianceRulesTest {
    private static final String SEED = """
            apps:
              - bundleId: com.example.notes
                builds:
                  - {version: "250", versionString: "2.5.0", processingState: VALID, usesNonExemptEncryption: null}
                  - {version: "249", versionString: "2.5.0", processingState: VALID, usesNonExemptEncryption: false}
                  - {version: "251", versionString: "2.5.0", processingState: PROCESSING, usesNonExemptEncryption: null}
            """;
    @TempDir
    Path dir;
    private Sandbox sandbox;
    private SandboxClient client;
    private String appId;

    @BeforeEach
    void start() throws Exception {
        Path seed = dir.resolve("seed.yaml");
        Files.writeString(seed, SEED);
        sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withSeedFile(seed));
        client = new SandboxClient(sandbox);
        appId = sandbox.state().find("apps", a -> "com.example.notes".equals(a.get("bundleId"))).orElseThrow().id();
    }

    @AfterEach
    void stop() {
        OpenApiConformance.assertConforms(sandbox.requestLog().list());
        sandbox.close();
    }

    private String build(String number) {
        return sandbox.state().find("builds", a -> number.equals(a.get("version"))).orElseThrow().id();
    }

    private SandboxClient.Reply answer(String number, boolean value) {
        return client.patch("/v1/builds/" + build(number), """
                {"data": {"type": "builds", "id": "%s", "attributes": {"usesNonExemptEncryption": %s}}}"""
                .formatted(build(number), value));
    }

    @Test
    void existsFindsTheProcessedBuildsWithoutAnAnswerAndAPatchAnswersOnce() {
        String unanswered = "/v1/builds?filter[app]=" + appId + "&filter[processingState]=VALID"
                + "&exists[usesNonExemptEncryption]=false&fields[builds]=version,usesNonExemptEncryption";
        assertThat(client.get(unanswered).body()).contains(build("250")).doesNotContain(build("249"), build("251"));

        var answered = answer("250", false);
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.body()).contains("\"usesNonExemptEncryption\":false");
        assertThat(client.get(unanswered).body()).doesNotContain(build("250"));
        assertThat(answer("250", false).status()).as("the same answer again").isEqualTo(200);

        var changed = answer("250", true);
        assertThat(changed.status()).as(changed.body()).isEqualTo(409);
        assertThat(changed.body()).contains("STATE_ERROR", "already been answered");
    }

    @Test
    void aBuildStillProcessingGetsNoAnswer() {
        var reply = answer("251", false);
        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        assertThat(reply.body()).contains("PROCESSING");
    }

    @Test
    void betaAppReviewRefusesABuildWithoutAnAnswer() {
        String submit = """
                {"data": {"type": "betaAppReviewSubmissions",
                  "relationships": {"build": {"data": {"type": "builds", "id": "%s"}}}}}""";
        var refused = client.post("/v1/betaAppReviewSubmissions", submit.formatted(build("250")));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.body()).contains("missing export compliance");
        assertThat(answer("250", false).status()).isEqualTo(200);
        var accepted = client.post("/v1/betaAppReviewSubmissions", submit.formatted(build("250")));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    }
}
