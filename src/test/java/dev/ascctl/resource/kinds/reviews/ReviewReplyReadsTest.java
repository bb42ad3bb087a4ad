package dev.ascctl.resource.kinds.reviews;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a plan of replies reads, against the sandbox's 450 reviews of com.example.notes (about 315 unanswered, two
 * pages): the reviews with a published reply, the newest page of unanswered reviews once, and by id only the replies'
 * reviews not on it.
 */
class ReviewReplyReadsTest {
    @TempDir
    Path temp;
    Sandbox sandbox;
    Path store;

    @BeforeEach
    void start() throws IOException {
        sandbox = Sandbox.start(SandboxOptions.defaults().withSeedFile(
                CliRunner.REPO.resolve("src/test/resources/sandbox/reviews-seed.yaml")));
        store = temp.resolve("store");
        Path app = Files.createDirectories(store.resolve("apps/notes/locales")).getParent();
        Files.writeString(app.resolve("app.yaml"), "bundleId: com.example.notes\nprimaryLocale: en-US\n");
        Files.writeString(app.resolve("locales/en-US.yaml"), "name: Notes Pro\n");
        Files.createDirectories(app.resolve("reviews"));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CliRunner.Result run(String... args) {
        return new CliRunner().workDir(temp).sandbox(sandbox.baseUri().toString(), args);
    }

    @Test
    void repliesToRecentReviewsCostOnePageAndOlderOnesOneReadEach() throws IOException {
        List<String> unanswered = run("reviews", "list", "--app", "com.example.notes", "--unanswered", "--format",
                "csv").out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        assertThat(unanswered).as("more than a page of unanswered reviews").hasSizeGreaterThan(200);
        List<String> answering = List.of(unanswered.get(0), unanswered.get(1), unanswered.get(2),
                unanswered.get(unanswered.size() - 1));
        StringBuilder replies = new StringBuilder();
        answering.forEach(id -> replies.append(id).append(": {body: \"Thanks!\"}\n"));
        replies.append("no-such-review: {body: \"Hello\", draft: true}\n");
        Files.writeString(store.resolve("apps/notes/reviews/replies.yaml"), replies.toString());

        sandbox.requestLog().clear();
        var plan = run("plan", "--store", store.toString());
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        answering.forEach(id -> assertThat(plan.out()).contains("reviewReply[" + id + "] will be created"));
        List<RecordedExchange> log = sandbox.requestLog().list();
        assertThat(log.stream().filter(e -> e.path().endsWith("/customerReviews"))
                .filter(e -> java.net.URLDecoder.decode(String.valueOf(e.rawQuery()), java.nio.charset.StandardCharsets.UTF_8)
                        .contains("exists[publishedResponse]=false")))
                .as("the newest unanswered reviews: one page, not both").hasSize(1);
        assertThat(log.stream().filter(e -> e.path().startsWith("/v1/customerReviews/")))
                .as("by id: only the oldest review, not on that page (a draft is not read)")
                .singleElement().satisfies(e -> assertThat(e.path()).endsWith(answering.get(3)));
    }
}
