package dev.ascctl.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.resource.kinds.reviews.CustomerReview;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The three forms of {@code reviews list} against golden files in {@code src/test/resources/reviews/} (rewrite with
 * {@code -Dgolden.update=true} after an intended change, and review the diff).
 */
class ReviewListingFormatTest {
    private static final Path DIR = Path.of("src/test/resources/reviews");
    static final ReviewListing.Listing LISTING = new ReviewListing.Listing("com.example.notes", List.of(
            new CustomerReview("r-1", 1, "Stürzt ständig ab", "Die App stürzt ab,\nimmer wieder.", "max", "DEU",
                    Instant.parse("2026-11-30T09:15:00Z"), Optional.empty()),
            new CustomerReview("r-2", 4, "A long title that goes on and on and does not stop before the cut",
                    "=SUM(A1)", "ann", "USA", Instant.parse("2026-11-29T18:00:00Z"),
                    Optional.of(new CustomerReview.Reply("resp-2", "Thanks, \"Ann\"!", "PENDING_PUBLISH"))),
            new CustomerReview("r-3", 5, "最高です", "速い。", "yuki", "JPN", Instant.parse("2026-11-28T01:00:00Z"),
                    Optional.of(new CustomerReview.Reply("resp-3", "ありがとうございます！", "PUBLISHED")))),
            List.of(new ReviewListing.Summary("USA", "en-US", "Customers like the speed.")));

    @Test
    void tableJsonAndCsvMatchTheirGoldenFiles() throws IOException {
        for (String format : ReviewListingFormat.FORMATS) {
            assertGolden("list." + (format.equals("table") ? "txt" : format),
                    ReviewListingFormat.render(LISTING, format));
        }
    }

    static void assertGolden(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s (rewrite with -Dgolden.update=true)", file).exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
