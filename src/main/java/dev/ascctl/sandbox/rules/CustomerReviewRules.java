package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Customer reviews: written by customers, so never created through the API. Apple's spec gives a review no
 * relationship to its app or version (only links to {@code /v1/apps/{id}/customerReviews}); the sandbox keeps both
 * as stored relationships it never shows ({@link #APP}, {@link #VERSION}) and computes those lists from them.
 */
public record CustomerReviewRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "customerReviews";
    /** The hidden stored relationships of a review: its app and the version it was written for. */
    public static final String APP = "app";
    public static final String VERSION = "appStoreVersion";
    public static final String SUMMARIZATIONS = "customerReviewSummarizations";

    /**
     * Computes {@code /v1/apps/{id}/customerReviews}, {@code /v1/appStoreVersions/{id}/customerReviews} and
     * {@code /v1/apps/{id}/customerReviewSummarizations}. Without {@code sort}, newest first: Apple documents no
     * default order; App Store Connect's own list opens on the most recent reviews.
     */
    public static void register(SandboxState state) {
        state.computeRelated("apps", TYPE, app -> newestFirst(state.referencing(TYPE, APP, app.id())));
        state.computeRelated("appStoreVersions", TYPE, v -> newestFirst(state.referencing(TYPE, VERSION, v.id())));
        state.computeRelated("apps", SUMMARIZATIONS, app -> state.referencing(SUMMARIZATIONS, APP, app.id()));
    }

    /** Each date parsed once, not per comparison: an app may have many thousands of reviews. */
    private static List<StoredResource> newestFirst(List<StoredResource> reviews) {
        record Dated(java.time.Instant created, StoredResource review) {
        }
        return reviews.stream().map(r -> new Dated(OffsetDateTime.parse(String.valueOf(r.attribute("createdDate")))
                        .toInstant(), r)).sorted(Comparator.comparing(Dated::created).reversed())
                .map(Dated::review).toList();
    }

    /** {@code exists[publishedResponse]}: the review has a response Apple has published (not one pending). */
    @Override
    public Optional<Boolean> exists(StoredResource review, String name) {
        if (!name.equals("publishedResponse")) {
            return Optional.empty();
        }
        return Optional.of(state.referencing(CustomerReviewResponseRules.TYPE, "review", review.id()).stream()
                .anyMatch(r -> "PUBLISHED".equals(r.attribute("state"))));
    }
}
