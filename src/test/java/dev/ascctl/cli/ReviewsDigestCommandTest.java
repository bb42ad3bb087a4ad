package dev.ascctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reviews digest} against the sandbox's 450 reviews: the files it writes, its counts against those of
 * {@code reviews list} (an independent count of the same reviews), the reply state of a draft, and its requests.
 */
class ReviewsDigestCommandTest {
    @TempDir
    Path temp;
    Sandbox sandbox;
    Path store;

    @BeforeEach
    void start() throws IOException {
        sandbox = Sandbox.start(SandboxOptions.defaults().withSeedFile(
                CliRunner.REPO.resolve("src/test/resources/sandbox/reviews-seed.yaml")));
        store = temp.resolve("store");
        Path app = Files.createDirectories(store.resolve("apps/notes/locales"));
        Files.writeString(store.resolve("apps/notes/app.yaml"), "bundleId: com.example.notes\nprimaryLocale: en-US\n");
        Files.writeString(app.resolve("en-US.yaml"), "name: Notes Pro\n");
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private CliRunner.Result run(String... args) {
        return new CliRunner().workDir(temp).sandbox(sandbox.baseUri().toString(), args);
    }

    @Test
    void markdownWithAPngBesideItCountsWhatReviewsListCounts() throws IOException {
        List<CSVRecord> twoWeeks = csv(run("reviews", "list", "--app", "com.example.notes", "--since", "14d",
                "--format", "csv").out());
        sandbox.requestLog().clear();
        var digest = run("reviews", "digest", "--store", store.toString(), "--out", "digest");
        assertThat(digest.exitCode()).as(digest.toString()).isZero();
        Path md = temp.resolve("digest/reviews-notes.md");
        Path png = temp.resolve("digest/reviews-notes.png");
        assertThat(digest.out()).contains(md.toString()).contains(png.toString());
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes).startsWith(0x89, 'P', 'N', 'G');
        String text = Files.readString(md);
        assertThat(text).contains("# Customer reviews of com.example.notes: the last 7d").contains("![Reviews per day by rating]"
                + "(reviews-notes.png)");

        // The same reviews counted from reviews list's csv: this period is the last 7 of the 14 days.
        Instant start = Instant.now().minus(7, ChronoUnit.DAYS);
        long now = twoWeeks.stream().filter(r -> Instant.parse(r.get("createdDate")).isAfter(start)).count();
        long before = twoWeeks.size() - now;
        assertThat(now).as("the seed spreads 450 reviews over 120 days").isPositive();
        assertThat(text).contains("| Reviews | " + now + " | " + before + " |");
        for (int stars = 1; stars <= 5; stars++) {
            String rating = String.valueOf(stars);
            long count = twoWeeks.stream().filter(r -> Instant.parse(r.get("createdDate")).isAfter(start)
                    && r.get("rating").equals(rating)).count();
            assertThat(text).contains("| " + "★".repeat(stars) + "☆".repeat(5 - stars) + " | " + count + " |");
        }
        assertThat(sandbox.requestLog().list().stream().filter(e -> e.path().endsWith("/customerReviews")).count())
                .as("two weeks of 450 reviews over 120 days fit in the first page").isEqualTo(1);
    }

    @Test
    void aLowRatingsReplyStateComesFromAppleAndFromRepliesYaml() throws IOException {
        List<CSVRecord> week = csv(run("reviews", "list", "--app", "com.example.notes", "--since", "7d", "--rating",
                "1,2", "--unanswered", "--format", "csv").out());
        assertThat(week).isNotEmpty();
        String drafted = week.get(0).get("id");
        Files.createDirectories(store.resolve("apps/notes/reviews"));
        Files.writeString(store.resolve("apps/notes/reviews/replies.yaml"), drafted + ":\n  body: Sorry!\n  draft: true\n");
        var html = run("reviews", "digest", "--store", store.toString(), "--format", "html", "--out", "out");
        assertThat(html.exitCode()).as(html.toString()).isZero();
        String page = Files.readString(temp.resolve("out/reviews-notes.html"));
        assertThat(page).contains("<td>" + drafted + "</td><td>draft</td>").contains("src=\"data:image/png;base64,iVBOR");
        assertThat(temp.resolve("out/reviews-notes.png")).doesNotExist();
    }

    @Test
    void aBadPeriodOrFormatIsRefusedBeforeAnyRequest() {
        sandbox.requestLog().clear();
        var period = run("reviews", "digest", "--store", store.toString(), "--since", "last week");
        assertThat(period.exitCode()).isEqualTo(1);
        assertThat(period.err()).contains("neither a date");
        var format = run("reviews", "digest", "--store", store.toString(), "--format", "pdf");
        assertThat(format.exitCode()).isEqualTo(1);
        assertThat(format.err()).contains("--format must be markdown or html");
        assertThat(sandbox.requestLog().list()).isEmpty();
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new java.io.StringReader(text))
                .getRecords();
    }
}
