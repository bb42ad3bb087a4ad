package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.Fault;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replies to customer reviews as desired state ({@code reviews/replies.yaml}) against the sandbox: a draft is never
 * sent, an approved reply is published and the next plan is clean, a changed reply is a {@code -/+} replacement,
 * a lost create answer is adopted (never a second reply), pruning withdraws only with the policy, and every
 * exchange conforms to Apple's spec. Seed: {@code src/test/resources/sandbox/reviews-seed.yaml} (atlas-1
 * unanswered, atlas-2 answered "Thank you!").
 */
@SandboxStore(seed = "src/test/resources/sandbox/reviews-seed.yaml", store = SandboxStore.Store.EMPTY)
public class ReviewRepliesEndToEndIT {
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) throws IOException {
        this.fixture = fixture;
        store = fixture.store();
        Files.createDirectories(store.resolve("apps/atlas/locales"));
        Files.createDirectories(store.resolve("apps/atlas/reviews"));
        Files.writeString(store.resolve("apps/atlas/app.yaml"), "bundleId: com.example.atlas\nprimaryLocale: en-US\n");
        Files.writeString(store.resolve("apps/atlas/locales/en-US.yaml"), "name: Atlas\n");
    }

    private void replies(String yaml) throws IOException {
        Files.writeString(store.resolve("apps/atlas/reviews/replies.yaml"), yaml);
    }

    private List<StoredResource> responsesTo(String review) {
        return fixture.sandbox.state().referencing("customerReviewResponses", "review", review);
    }

    private List<RecordedExchange> writes() {
        return fixture.sandbox.requestLog().list().stream().filter(RecordedExchange::isWrite).toList();
    }

    private dev.ascctl.cli.CliRunner.Result run(String... args) {
        return fixture.run(args);
    }

    private void planIsClean() {
        var plan = run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("No changes.");
    }

    @Test
    void draftsAreSkippedApprovedRepliesPublishedAndAChangeIsAReplacement() throws IOException {
        replies("""
                atlas-1:
                  body: "Sorry! Fixed in 1.1."
                atlas-2:
                  body: "Thank you!"
                """);
        var plan = run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        assertThat(plan.out()).contains("app[com.example.atlas].reviewReply[atlas-1] will be created")
                .doesNotContain("reviewReply[atlas-2]");

        fixture.sandbox.requestLog().clear();
        var apply = run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(writes()).singleElement().satisfies(w -> assertThat(w.method() + " " + w.path())
                .isEqualTo("POST /v1/customerReviewResponses"));
        assertThat(responsesTo("atlas-1")).singleElement()
                .satisfies(r -> assertThat(r.attribute("responseBody")).isEqualTo("Sorry! Fixed in 1.1."));
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        planIsClean();

        replies("""
                atlas-1:
                  body: "Sorry! Fixed in 1.1.1, please update."
                atlas-2:
                  body: "Thank you!"
                atlas-3-draft-of-nothing:
                  body: "Not approved yet."
                  draft: true
                """);
        var replace = run("plan", "--store", store.toString());
        assertThat(replace.out()).contains("-/+").contains("reviewReply[atlas-1] must be replaced")
                .contains("forces replacement").doesNotContain("atlas-3");
        fixture.sandbox.requestLog().clear();
        assertThat(run("apply", "--store", store.toString(), "--auto-approve").exitCode()).isZero();
        assertThat(writes()).extracting(RecordedExchange::method).containsExactly("DELETE", "POST");
        assertThat(responsesTo("atlas-1")).singleElement().satisfies(r -> assertThat(r.attribute("responseBody"))
                .isEqualTo("Sorry! Fixed in 1.1.1, please update."));
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        planIsClean();
    }

    @Test
    void aLostCreateAnswerIsAdoptedNeverASecondReply() throws IOException {
        replies("atlas-1: {body: \"Sorry! Fixed in 1.1.\"}\n");
        fixture.sandbox.faults().inject("POST", "/v1/customerReviewResponses", 1,
                new Fault.AfterProcessing(new Fault.Status(500, "UNEXPECTED_ERROR", null)));
        fixture.sandbox.requestLog().clear();
        var apply = run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        assertThat(apply.out()).contains("adopted");
        assertThat(fixture.sandbox.requestLog().list().stream()
                .filter(e -> e.method().equals("POST")).count()).as("one POST, never retried").isEqualTo(1);
        assertThat(responsesTo("atlas-1")).hasSize(1);
        planIsClean();
    }

    @Test
    void liveRepliesAreWithdrawnOnlyWithThePolicyAndDraftsKeepTheirs() throws IOException {
        replies("atlas-1: {body: \"Sorry!\", draft: true}\n");
        planIsClean(); // atlas-2's live reply is not in the file: left alone without pruning
        Files.writeString(store.resolve("store.yaml"), "policy:\n  prune: {reviewReplies: true}\n");
        var plan = run("plan", "--store", store.toString());
        assertThat(plan.out()).contains("reviewReply[atlas-2] will be destroyed");
        fixture.sandbox.requestLog().clear();
        assertThat(run("apply", "--store", store.toString(), "--auto-approve").exitCode()).isZero();
        assertThat(writes()).singleElement().satisfies(w -> assertThat(w.method()).isEqualTo("DELETE"));
        assertThat(responsesTo("atlas-2")).isEmpty();
        planIsClean();
    }

    @Test
    void driftReportsARepliesChangedOrRemovedOutsideGit() throws IOException {
        replies("atlas-2: {body: \"Thank you!\"}\n");
        var clean = run("drift", "--store", store.toString());
        assertThat(clean.exitCode()).as(clean.toString()).isZero();
        String id = responsesTo("atlas-2").get(0).id();
        fixture.sandbox.state().patchAttributes("customerReviewResponses", id, java.util.Map.of("responseBody",
                "Edited in App Store Connect"));
        var drift = run("drift", "--store", store.toString());
        assertThat(drift.exitCode()).as(drift.toString()).isEqualTo(2);
        assertThat(drift.out()).contains("reviewReply[atlas-2]").contains("Edited in App Store Connect");
        fixture.sandbox.state().remove("customerReviewResponses", id);
        var removed = run("drift", "--store", store.toString());
        assertThat(removed.exitCode()).isEqualTo(2);
        assertThat(removed.out()).contains("reviewReply[atlas-2]");
    }

    @Test
    void aReplyToAnUnknownReviewStopsThePlanAtItsLine() throws IOException {
        replies("atlas-1: {body: \"Hi\"}\nno-such-review: {body: \"Hello\"}\n");
        fixture.sandbox.requestLog().clear();
        var apply = run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).isEqualTo(1);
        assertThat(apply.err()).contains("apps/atlas/reviews/replies.yaml:2:1")
                .contains("review no-such-review is not one of com.example.atlas's customer reviews");
        assertThat(writes()).isEmpty();
    }

    @Test
    void importWritesTheLiveRepliesAndItsPlanIsClean() throws IOException {
        Path imported = fixture.folder().resolve("imported");
        var result = run("import", "--bundle-id", "com.example.atlas", "--out", imported.toString());
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(Files.readString(imported.resolve("apps/atlas/reviews/replies.yaml")))
                .contains("atlas-2").contains("Thank you!");
        var plan = run("plan", "--store", imported.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
    }
}
