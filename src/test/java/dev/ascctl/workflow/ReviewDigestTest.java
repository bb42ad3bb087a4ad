package dev.ascctl.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.resource.kinds.reviews.CustomerReview;
import dev.ascctl.workflow.ReviewDigest.Digest;
import dev.ascctl.workflow.ReviewDigest.ReplyState;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The digest's figures from a hand-made set of reviews whose counts are known, and its markdown and HTML against
 * golden files in {@code src/test/resources/reviews/} (the chart's bytes replaced by a stand-in: the PNG is looked at,
 * not compared; rewrite with {@code -Dgolden.update=true} after an intended change, and review the diff).
 */
class ReviewDigestTest {
    static final Instant NOW = Instant.parse("2026-12-03T06:00:00Z");
    static final Duration WEEK = Duration.ofDays(7);

    private static CustomerReview review(String id, int rating, String territory, String ago, String reply) {
        Optional<CustomerReview.Reply> r = reply == null ? Optional.empty()
                : Optional.of(new CustomerReview.Reply("resp-" + id, "Thanks!", reply));
        return new CustomerReview(id, rating, "Title " + id, "Body of " + id, "nick", territory,
                NOW.minus(Duration.parse(ago)), r);
    }

    static final List<CustomerReview> REVIEWS = List.of(
            review("r1", 1, "DEU", "PT2H", null),
            review("r2", 2, "USA", "P1DT1H", "PUBLISHED"),
            review("r3", 1, "USA", "P2D", "PENDING_PUBLISH"),
            review("r4", 5, "USA", "P3D", null),
            review("r5", 1, "GBR", "P4D", null),
            review("r6", 4, "DEU", "P6DT23H", null),
            // the period before
            review("p1", 5, "USA", "P7DT1H", "PUBLISHED"),
            review("p2", 5, "FRA", "P9D", null),
            review("p3", 3, "USA", "P13DT23H", null),
            // older than both periods: left out
            review("old", 1, "USA", "P15D", null),
            new CustomerReview("r7", 2, "Broken | pipes <b>", "It\ncrashes.", "n", "JPN", NOW.minus(Duration.parse("P5D")),
                    Optional.empty()));

    static Digest digest() {
        return ReviewDigest.of("com.example.notes", "the last 7d", REVIEWS, Map.of("r1", false, "r5", true, "r4", false),
                NOW, WEEK);
    }

    @Test
    void countsRatingsTerritoriesAndReplyStatesOfBothPeriods() {
        Digest d = digest();
        assertThat(d.current().count()).isEqualTo(7);
        assertThat(d.previous().count()).isEqualTo(3);
        assertThat(d.current().byRating()).containsExactly(3, 2, 0, 1, 1);
        assertThat(d.previous().byRating()).containsExactly(0, 0, 1, 0, 2);
        assertThat(d.current().average()).isEqualTo((1 + 2 + 1 + 5 + 1 + 4 + 2) / 7.0);
        assertThat(d.current().answered()).isEqualTo(2);
        assertThat(d.territories()).extracting(ReviewDigest.Territory::code)
                .containsExactly("USA", "DEU", "GBR", "JPN", "FRA");
        assertThat(d.territories().get(0)).extracting(ReviewDigest.Territory::count, ReviewDigest.Territory::low,
                ReviewDigest.Territory::previousCount).containsExactly(3, 2, 2);
        assertThat(d.lowRatings()).extracting(l -> l.review().id() + " " + l.reply())
                .containsExactly("r1 DRAFT", "r2 REPLIED", "r3 PENDING", "r5 APPROVED", "r7 NONE");
        assertThat(d.perDay()).hasSize(15);
        assertThat(d.perDay().keySet()).first().isEqualTo(LocalDate.parse("2026-11-19"));
        assertThat(d.perDay().values().stream().mapToInt(c -> c.stream().mapToInt(Integer::intValue).sum()).sum())
                .isEqualTo(10);
    }

    @Test
    void onlyTheNewestTenLowRatingsAreListedAndTheRestCounted() {
        List<CustomerReview> many = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            many.add(review("low" + (100 + i), 1, "USA", "PT" + (i + 1) + "H", null));
        }
        Digest d = ReviewDigest.of("b", "the last 7d", many, Map.of(), NOW, WEEK);
        assertThat(d.lowRatings()).hasSize(ReviewDigest.LOW_SHOWN).first()
                .extracting(l -> l.review().id()).isEqualTo("low100");
        assertThat(d.lowNotShown()).isEqualTo(4);
        assertThat(ReviewDigestFormat.markdown(d, null)).contains("And 4 more in this period.");
    }

    @Test
    void aPeriodWithoutReviewsSaysSo() {
        Digest d = ReviewDigest.of("b", "the last 7d", List.of(), Map.of(), NOW, WEEK);
        String md = ReviewDigestFormat.markdown(d, null);
        assertThat(md).contains("| Reviews | 0 | 0 | 0 |").contains("| Average rating | - | - | - |")
                .contains("None in this period.");
        assertThat(ReviewDigestFormat.chart(d)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void markdownAndHtmlMatchTheirGoldenFiles() throws IOException {
        ReviewListingFormatTest.assertGolden("digest.md", ReviewDigestFormat.markdown(digest(), "reviews-notes.png"));
        ReviewListingFormatTest.assertGolden("digest.html", ReviewDigestFormat.html(digest(),
                "stand-in for the chart".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
    }
}
