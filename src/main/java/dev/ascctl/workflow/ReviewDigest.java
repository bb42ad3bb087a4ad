package dev.ascctl.workflow;

import dev.ascctl.asc.AscClient;
import dev.ascctl.resource.kinds.reviews.CustomerReview;
import dev.ascctl.resource.kinds.reviews.ReviewReplyHandler;
import dev.ascctl.store.AppSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code ascctl reviews digest}: what customers said in a period (7 days by default) against the period before it,
 * for a nightly job to post. It reads the app's reviews newest first and stops at the first page older than the
 * period before (a week of a busy app: one or two requests), and the store's {@code reviews/replies.yaml} for the
 * drafts and approved replies not yet published. Dates are days in UTC, as App Store Connect shows them.
 */
public final class ReviewDigest {
    /** How many of the newest low ratings the digest lists. */
    public static final int LOW_SHOWN = 10;

    /** Where a review's reply stands, as a support lead triages it. */
    public enum ReplyState {
        /** Apple shows the reply. */
        REPLIED("replied"),
        /** Sent, Apple has not published it yet. */
        PENDING("pending"),
        /** Approved in replies.yaml, not applied yet. */
        APPROVED("approved, not applied"),
        /** A draft in replies.yaml waiting for a person. */
        DRAFT("draft"),
        /** Nobody has answered it. */
        NONE("none");

        private final String text;

        ReplyState(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * The reviews of one period.
     *
     * @param byRating counts of 1 to 5 stars, index 0 is one star
     * @param answered reviews with a reply, published or pending
     */
    public record Period(Instant from, Instant to, List<Integer> byRating, int answered) {
        public Period {
            byRating = List.copyOf(byRating);
            if (byRating.size() != 5) {
                throw new IllegalArgumentException("a period counts 5 ratings, not " + byRating.size());
            }
            if (!from.isBefore(to)) {
                throw new IllegalArgumentException("a period starts before it ends: " + from + " .. " + to);
            }
        }

        public int count() {
            return byRating.stream().mapToInt(Integer::intValue).sum();
        }

        /** 1 or 2 stars. */
        public int low() {
            return byRating.get(0) + byRating.get(1);
        }

        /** The mean rating; NaN without reviews. */
        public double average() {
            int sum = 0;
            for (int i = 0; i < 5; i++) {
                sum += (i + 1) * byRating.get(i);
            }
            return count() == 0 ? Double.NaN : (double) sum / count();
        }
    }

    /** One territory's reviews in the period, and its count in the period before. */
    public record Territory(String code, int count, int low, double average, int previousCount) {
    }

    /** A low rating of the period with where its reply stands. */
    public record LowRating(CustomerReview review, ReplyState reply) {
        public LowRating {
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(reply, "reply");
        }
    }

    /**
     * The digest.
     *
     * @param window      the period in words: {@code the last 7d}, {@code since 2026-11-01}
     * @param territories the period's territories, most reviews first, with those seen only in the period before
     * @param lowRatings  the period's newest 1- and 2-star reviews, at most {@link #LOW_SHOWN}
     * @param perDay      reviews per day and rating (index 0 is one star) over both periods, every day present
     */
    public record Digest(String bundleId, String window, Period current, Period previous, List<Territory> territories,
                         List<LowRating> lowRatings, Map<LocalDate, List<Integer>> perDay) {
        public Digest {
            Objects.requireNonNull(bundleId, "bundleId");
            territories = List.copyOf(territories);
            lowRatings = List.copyOf(lowRatings);
            perDay = java.util.Collections.unmodifiableMap(new TreeMap<>(perDay));
        }

        /** The period's low ratings beyond those listed. */
        public int lowNotShown() {
            return current.low() - lowRatings.size();
        }
    }

    private ReviewDigest() {
    }

    /**
     * Reads the reviews of the period and the one before it (newest first, stopping past it) and digests them.
     *
     * @param window the period as the user wrote it ({@code 7d}, {@code 2026-11-01}), see {@link ReviewWindow}
     */
    public static Digest read(AscClient client, AppSpec app, String window, java.time.Clock clock) {
        Duration span = ReviewWindow.span(window, clock);
        Instant now = clock.instant();
        ReviewListing listing = new ReviewListing(client, app.bundleId());
        List<CustomerReview> reviews = listing.reviews(new ReviewListing.Filter(List.of(), null, false,
                now.minus(span).minus(span), "-createdDate", null));
        String label = window.strip().matches("\\d+[hdw]") ? "the last " + window.strip() : "since " + window.strip();
        return of(app.bundleId(), label, reviews, storeReplies(app), now, span);
    }

    /** The review ids replies.yaml lists: true for an approved reply, false for a draft. */
    static Map<String, Boolean> storeReplies(AppSpec app) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        app.section(ReviewReplyHandler.KEY).ifPresent(s -> s.value().properties().forEach(e ->
                out.put(e.getKey(), !e.getValue().path("draft").asBoolean(false))));
        return out;
    }

    /**
     * The digest of {@code reviews} (any order; those outside both periods are left out).
     *
     * @param replies replies.yaml's review ids: true approved, false draft
     */
    public static Digest of(String bundleId, String window, List<CustomerReview> reviews, Map<String, Boolean> replies,
                            Instant now, Duration span) {
        Instant start = now.minus(span);
        Instant before = start.minus(span);
        List<CustomerReview> current = new ArrayList<>();
        List<CustomerReview> previous = new ArrayList<>();
        for (CustomerReview r : reviews) {
            if (r.created().isAfter(now)) {
                continue;
            }
            if (!r.created().isBefore(start)) {
                current.add(r);
            } else if (!r.created().isBefore(before)) {
                previous.add(r);
            }
        }
        current.sort(Comparator.comparing(CustomerReview::created).reversed().thenComparing(CustomerReview::id));
        List<LowRating> low = current.stream().filter(r -> r.rating() <= 2).limit(LOW_SHOWN)
                .map(r -> new LowRating(r, state(r, replies))).toList();
        return new Digest(bundleId, window, period(start, now, current), period(before, start, previous),
                territories(current, previous), low, perDay(before, now, current, previous));
    }

    private static ReplyState state(CustomerReview review, Map<String, Boolean> replies) {
        if (review.reply().isPresent()) {
            return review.reply().get().published() ? ReplyState.REPLIED : ReplyState.PENDING;
        }
        Boolean approved = replies.get(review.id());
        return approved == null ? ReplyState.NONE : approved ? ReplyState.APPROVED : ReplyState.DRAFT;
    }

    private static Period period(Instant from, Instant to, List<CustomerReview> reviews) {
        Integer[] counts = {0, 0, 0, 0, 0};
        int answered = 0;
        for (CustomerReview r : reviews) {
            counts[r.rating() - 1]++;
            answered += r.answered() ? 1 : 0;
        }
        return new Period(from, to, List.of(counts), answered);
    }

    private static List<Territory> territories(List<CustomerReview> current, List<CustomerReview> previous) {
        Map<String, List<CustomerReview>> now = group(current);
        Map<String, List<CustomerReview>> then = group(previous);
        List<String> codes = new ArrayList<>(now.keySet());
        then.keySet().stream().filter(c -> !now.containsKey(c)).forEach(codes::add);
        return codes.stream().map(c -> {
            List<CustomerReview> rs = now.getOrDefault(c, List.of());
            return new Territory(c, rs.size(), (int) rs.stream().filter(r -> r.rating() <= 2).count(),
                    rs.stream().mapToInt(CustomerReview::rating).average().orElse(Double.NaN),
                    then.getOrDefault(c, List.of()).size());
        }).sorted(Comparator.comparingInt(Territory::count).reversed()
                .thenComparing(Comparator.comparingInt(Territory::previousCount).reversed())
                .thenComparing(Territory::code)).toList();
    }

    private static Map<String, List<CustomerReview>> group(List<CustomerReview> reviews) {
        Map<String, List<CustomerReview>> out = new TreeMap<>();
        reviews.forEach(r -> out.computeIfAbsent(r.territory().isEmpty() ? "?" : r.territory(), k -> new ArrayList<>())
                .add(r));
        return out;
    }

    private static Map<LocalDate, List<Integer>> perDay(Instant from, Instant to, List<CustomerReview> current,
                                                        List<CustomerReview> previous) {
        Map<LocalDate, Integer[]> counts = new TreeMap<>();
        for (LocalDate d = day(from); !d.isAfter(day(to)); d = d.plusDays(1)) {
            counts.put(d, new Integer[]{0, 0, 0, 0, 0});
        }
        for (List<CustomerReview> list : List.of(current, previous)) {
            list.forEach(r -> counts.get(day(r.created()))[r.rating() - 1]++);
        }
        Map<LocalDate, List<Integer>> out = new TreeMap<>();
        counts.forEach((d, c) -> out.put(d, List.of(c)));
        return out;
    }

    static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
