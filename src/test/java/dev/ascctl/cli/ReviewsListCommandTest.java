package dev.ascctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code reviews list}: Apple's filters, the three formats, and the requests it costs. */
class ReviewsListCommandTest {
    @TempDir
    Path temp;
    Sandbox sandbox;

    @BeforeEach
    void start() throws IOException {
        sandbox = Sandbox.start(SandboxOptions.defaults().withSeedFile(
                CliRunner.REPO.resolve("src/test/resources/sandbox/reviews-seed.yaml")));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CliRunner.Result run(String... args) {
        return new CliRunner().workDir(temp).sandbox(sandbox.baseUri().toString(), args);
    }

    @Test
    void listsWithFiltersAsJsonTableAndCsv() {
        var json = run("reviews", "list", "--app", "com.example.notes", "--rating", "1,2", "--territory", "DEU",
                "--unanswered", "--format", "json");
        assertThat(json.exitCode()).as(json.toString()).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(json.out());
        assertThat(doc.get("reviews").size()).isPositive();
        doc.get("reviews").forEach(r -> {
            assertThat(r.get("rating").asInt()).isLessThanOrEqualTo(2);
            assertThat(r.get("territory").asString()).isEqualTo("DEU");
            assertThat(r.get("reply").isNull()).isTrue();
        });
        assertThat(doc.get("summaries").size()).isEqualTo(8);

        var table = run("reviews", "list", "--app", "com.example.atlas");
        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).contains("★☆☆☆☆  DEU  -          Crashes").contains("★★★★★  USA  published")
                .contains("2 reviews (1 unanswered)");

        var csv = run("reviews", "list", "--app", "com.example.atlas", "--format", "csv", "--sort", "rating");
        assertThat(csv.out().lines().toList()).hasSize(3);
        assertThat(csv.out().lines().skip(1).findFirst().orElseThrow()).startsWith("atlas-1,").contains(",1,DEU,");
    }

    @Test
    void listingAllReviewsCostsOneRequestPer200AndSinceStopsEarly() {
        sandbox.requestLog().clear();
        var all = run("reviews", "list", "--app", "com.example.notes", "--format", "csv");
        assertThat(all.exitCode()).as(all.toString()).isZero();
        assertThat(all.out().lines().count()).isEqualTo(451);
        assertThat(reviewPages()).as("450 reviews at 200 a page").isEqualTo(3);

        sandbox.requestLog().clear();
        var recent = run("reviews", "list", "--app", "com.example.notes", "--since", "7d", "--format", "csv");
        assertThat(recent.exitCode()).as(recent.toString()).isZero();
        assertThat(recent.out().lines().count()).isBetween(2L, 200L);
        assertThat(reviewPages()).as("the first page reaches back past 7 days").isEqualTo(1);
    }

    @Test
    void badFiltersAreRefusedBeforeAnyRequest() {
        sandbox.requestLog().clear();
        var bad = run("reviews", "list", "--app", "com.example.notes", "--rating", "6");
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err()).contains("--rating takes 1 to 5 stars");
        assertThat(run("reviews", "list", "--app", "com.example.notes", "--territory", "XX").err())
                .contains("not one of Apple's territory codes");
        assertThat(run("reviews", "list", "--app", "com.example.notes", "--since", "last week").err())
                .contains("neither a date");
        assertThat(sandbox.requestLog().list()).isEmpty();
    }

    private long reviewPages() {
        List<RecordedExchange> log = sandbox.requestLog().list();
        return log.stream().filter(e -> e.path().endsWith("/customerReviews")).count();
    }
}
