package dev.ascctl.workflow;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AscApiException;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.reviews.CustomerReviews;
import dev.ascctl.resource.kinds.reviews.CustomerReview;
import dev.ascctl.store.TerritoryCodes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ascctl reviews list}: an app's customer reviews with Apple's filters, one request per 200 reviews (5,000
 * reviews: 25 requests), and Apple's review summaries where it has them (one more request).
 */
public final class ReviewListing {
    /**
     * What to list.
     *
     * @param ratings    star ratings to keep (empty: all)
     * @param territory  Apple's territory code, or null for all
     * @param unanswered only reviews without a reply (a pending reply counts as a reply)
     * @param since      only reviews written at or after this instant, or null
     * @param sort       one of Apple's sorts ({@link CustomerReviews#SORTS}); {@code -createdDate} is newest first
     * @param version    only the reviews of this App Store version string, or null
     */
    public record Filter(List<Integer> ratings, String territory, boolean unanswered, Instant since, String sort,
                         String version) {
        public Filter {
            ratings = List.copyOf(ratings);
            for (int r : ratings) {
                if (r < 1 || r > 5) {
                    throw new IllegalArgumentException("--rating takes 1 to 5 stars, not " + r);
                }
            }
            if (territory != null && !TerritoryCodes.isKnown(territory)) {
                throw new IllegalArgumentException("--territory '" + territory + "' is not one of Apple's territory"
                        + " codes (ISO 3166-1 alpha-3, e.g. USA, DEU, JPN)");
            }
            Objects.requireNonNull(sort, "sort");
            if (!CustomerReviews.SORTS.contains(sort)) {
                throw new IllegalArgumentException("--sort takes " + String.join(", ", CustomerReviews.SORTS)
                        + ", not '" + sort + "'");
            }
        }

        /** Every review, newest first. */
        public static Filter all() {
            return new Filter(List.of(), null, false, null, "-createdDate", null);
        }
    }

    /** One of Apple's machine summaries of the app's reviews. */
    public record Summary(String territory, String locale, String text) {
    }

    /** The reviews, and Apple's summaries of the app's reviews (empty where Apple has none). */
    public record Listing(String bundleId, List<CustomerReview> reviews, List<Summary> summaries) {
        public Listing {
            reviews = List.copyOf(reviews);
            summaries = List.copyOf(summaries);
        }
    }

    private final AscClient client;
    private final String bundleId;
    private final String appId;

    public ReviewListing(AscClient client, String bundleId) {
        this.client = client;
        this.bundleId = bundleId;
        this.appId = appId(client, bundleId);
    }

    /** The app's id; the app must exist (Apple's API cannot create one). */
    static String appId(AscClient client, String bundleId) {
        return client.get(ApiQuery.of("/v1/apps").filter("bundleId", bundleId).fields("apps", "bundleId")).data()
                .stream().findFirst().map(Resource::id).orElseThrow(() -> new IllegalArgumentException(
                        "no app with bundle id " + bundleId + " in App Store Connect"));
    }

    public String appId() {
        return appId;
    }

    /** The reviews the filter keeps, in its order, and Apple's summaries. */
    public Listing list(Filter filter) {
        return new Listing(bundleId, reviews(filter), summaries());
    }

    /** The reviews the filter keeps, in its order. */
    public List<CustomerReview> reviews(Filter filter) {
        ApiQuery query = filter.version() == null ? CustomerReviews.ofApp(appId)
                : CustomerReviews.ofVersion(versionId(filter.version()));
        if (!filter.ratings().isEmpty()) {
            query = query.filter("rating", filter.ratings().stream().map(String::valueOf).toList());
        }
        if (filter.territory() != null) {
            query = query.filter("territory", filter.territory());
        }
        if (filter.unanswered()) {
            // Apple's filter leaves out published replies only; a pending one is dropped below.
            query = query.param("exists[publishedResponse]", "false");
        }
        query = query.sort(filter.sort());
        List<CustomerReview> out = new ArrayList<>();
        // Apple has no date filter: newest first, the pages after the first review older than --since are not read.
        boolean stopAtSince = filter.since() != null && filter.sort().equals("-createdDate");
        for (CustomerReview review : CustomerReview.from(stopAtSince ? pagesUntil(query, filter.since())
                : client.getAll(query))) {
            if (filter.unanswered() && review.answered()
                    || filter.since() != null && review.created().isBefore(filter.since())) {
                continue;
            }
            out.add(review);
        }
        return out;
    }

    /** Pages of a newest-first list until one ends before {@code since}: fewer requests for a recent window. */
    private dev.ascctl.asc.Document pagesUntil(ApiQuery query, Instant since) {
        return client.getAllWhile(query, page -> CustomerReview.from(page).stream()
                .noneMatch(r -> r.created().isBefore(since)));
    }

    /** Apple's summaries for iOS, per territory; none when Apple has none for the app. */
    public List<Summary> summaries() {
        try {
            return client.getAll(CustomerReviews.summarizations(appId, "IOS").include("territory")).data().stream()
                    .map(s -> new Summary(s.relationship("territory").flatMap(r -> r.one()).map(l -> l.id())
                            .orElse(""), s.text("locale").orElse(""), s.text("text").orElse(""))).toList();
        } catch (AscApiException unavailable) {
            // Summaries are a newer addition Apple rolls out by territory; their absence is not an error.
            return List.of();
        }
    }

    private String versionId(String versionString) {
        return client.get(ApiQuery.of("/v1/apps/" + appId + "/appStoreVersions").filter("versionString", versionString)
                        .fields("appStoreVersions", "versionString")).data().stream().findFirst().map(Resource::id)
                .orElseThrow(() -> new IllegalArgumentException(bundleId + " has no App Store version "
                        + versionString));
    }

    /** The review with this id among {@code reviews}, if listed. */
    static Optional<CustomerReview> find(List<CustomerReview> reviews, String id) {
        return reviews.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
