package dev.ascctl.e2e;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.ascctl.cli.CliRunner;
import dev.ascctl.conformance.OpenApiConformance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The review workflow end to end: {@code reviews pull} writes the inbox, {@code reviews draft} writes drafts (by
 * template, and by a fake OpenAI-compatible server that answers in the review's language), the plan publishes only
 * the approved replies and skips the drafts, apply publishes them, and the next plan says "No changes.". The model's
 * key appears in no output and in no file of the store or plan.
 */
@SandboxStore(seed = "src/test/resources/sandbox/reviews-seed.yaml", store = SandboxStore.Store.EMPTY)
public class ReviewsPullDraftApplyIT {
    static final String KEY = "sk-test-model-key-4f9a1c";
    SandboxFixture fixture;
    Path store;
    Path app;
    WireMockServer model;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        app = store.resolve("apps/atlas");
        Files.createDirectories(app.resolve("locales"));
        Files.createDirectories(app.resolve("reviews"));
        Files.writeString(app.resolve("app.yaml"), "bundleId: com.example.atlas\nprimaryLocale: en-US\n");
        Files.writeString(app.resolve("locales/en-US.yaml"), "name: Atlas\n");
        model = new WireMockServer(wireMockConfig().dynamicPort());
        model.start();
        // A fake OpenAI-compatible model: it answers in the language the prompt asks for.
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("language code de"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":"
                                + "\"Danke, max! Der Absturz ist in 1.1 behoben.\"}}]}")));
        model.stubFor(post(urlEqualTo("/v1/chat/completions")).withRequestBody(containing("language code en"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Thank you!\"}}]}")));
    }

    @AfterEach
    void stop() {
        model.stop();
    }

    private CliRunner.Result run(Path workDir, String... args) {
        return new CliRunner().workDir(workDir).env("FAKE_MODEL_KEY", KEY).sandbox(fixture.url(), args);
    }

    private JsonNode replies() {
        return YAMLMapper.builder().build().readTree(app.resolve("reviews/replies.yaml").toFile());
    }

    @Test
    void pullTemplateDraftApproveApplyThenNoChanges() throws IOException {
        var pull = run(store, "reviews", "pull", "--store", store.toString());
        assertThat(pull.exitCode()).as(pull.toString()).isZero();
        assertThat(pull.out()).contains("wrote 1 unanswered review");
        String inbox = Files.readString(app.resolve("reviews/inbox.yaml"));
        assertThat(inbox).contains("atlas-1:").contains("rating: 1").contains("territory: DEU").contains("language: de")
                .contains("version: '1.0'").doesNotContain("atlas-2");

        Files.writeString(app.resolve("reviews/templates.yaml"), """
                de:
                  "1-2": "Das tut uns leid, {reviewer}. Schreib uns an hilfe@example.com."
                en:
                  "1-5": "Thanks, {reviewer}!"
                """);
        var draft = run(store, "reviews", "draft", "--store", store.toString());
        assertThat(draft.exitCode()).as(draft.toString()).isZero();
        assertThat(draft.err()).contains("No language model configured");
        assertThat(draft.out()).contains("drafted 1 replies");
        assertThat(replies().at("/atlas-1/body").asString()).isEqualTo("Das tut uns leid, max. Schreib uns an hilfe@example.com.");
        assertThat(replies().at("/atlas-1/draft").asBoolean()).isTrue();

        fixture.sandbox.requestLog().clear();
        var withDraft = run(store, "plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(withDraft.exitCode()).as("a draft is no change: " + withDraft).isZero();
        assertThat(withDraft.out()).contains("No changes.");

        // A person approves it in the pull request: the draft flag goes.
        Files.writeString(app.resolve("reviews/replies.yaml"), Files.readString(app.resolve("reviews/replies.yaml"))
                .replace("  draft: true\n", ""));
        var plan = run(store, "plan", "--store", store.toString());
        assertThat(plan.out()).contains("reviewReply[atlas-1] will be created");
        var apply = run(store, "apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(fixture.sandbox.state().referencing("customerReviewResponses", "review", "atlas-1")).hasSize(1);
        var after = run(store, "plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(after.exitCode()).as(after.toString()).isZero();
        assertThat(after.out()).contains("No changes.");
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());

        var again = run(store, "reviews", "pull", "--store", store.toString());
        assertThat(again.out()).contains("wrote 0 unanswered reviews");
    }

    @Test
    void aModelDraftsInTheReviewsLanguageAndItsKeyNeverShows() throws IOException {
        Path config = Files.createDirectories(store.resolve("config"));
        Files.writeString(config.resolve("ascctl.yaml"), """
                reviewDrafts:
                  provider: openai
                  endpoint: http://127.0.0.1:%d/v1
                  model: fake-model
                  apiKey: ${env:FAKE_MODEL_KEY}
                """.formatted(model.port()));
        Files.writeString(app.resolve("reviews/voice.md"), "Friendly, short, first names.\n");
        assertThat(run(store, "reviews", "pull", "--store", store.toString()).exitCode()).isZero();
        var draft = run(store, "reviews", "draft", "--store", store.toString());
        assertThat(draft.exitCode()).as(draft.toString()).isZero();
        assertThat(draft.out()).contains("drafted 1 replies").contains("openai fake-model");
        assertThat(replies().at("/atlas-1/body").asString()).isEqualTo("Danke, max! Der Absturz ist in 1.1 behoben.");
        var request = model.getAllServeEvents().get(0).getRequest();
        assertThat(request.getHeader("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(request.getBodyAsString()).contains("Friendly, short, first names.").contains("It crashes on start.")
                .doesNotContain(KEY);

        Files.writeString(app.resolve("reviews/replies.yaml"), Files.readString(app.resolve("reviews/replies.yaml"))
                .replace("  draft: true\n", ""));
        Path planFile = store.resolve("review.plan");
        var plan = run(store, "plan", "--store", store.toString(), "--out", planFile.toString());
        var apply = run(store, "apply", planFile.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        for (CliRunner.Result r : new CliRunner.Result[]{draft, plan, apply}) {
            assertThat(r.all()).doesNotContain(KEY);
        }
        try (var files = Files.walk(store)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1)).as(f.toString())
                        .doesNotContain(KEY);
            }
        }
    }
}
