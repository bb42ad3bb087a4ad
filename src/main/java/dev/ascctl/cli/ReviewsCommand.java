package dev.ascctl.cli;

import dev.ascctl.workflow.Connections;
import dev.ascctl.workflow.ReviewListing;
import dev.ascctl.workflow.ReviewListingFormat;
import dev.ascctl.workflow.ReviewWindow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ascctl reviews ...}: customer reviews, answered the GitOps way. {@code list} reads them; replies are desired
 * state in {@code apps/<app>/reviews/replies.yaml}, published by {@code apply}.
 */
@Command(name = "reviews", description = "Customer reviews: list them; replies live in reviews/replies.yaml.",
        subcommands = {ReviewsCommand.ListReviews.class},
        footer = {"  ascctl reviews list --app com.example.notes --rating 1,2 --unanswered",
                "  ascctl reviews list --store examples/store --since 7d --format csv > reviews.csv"})
final class ReviewsCommand {

    @Command(name = "list", description = "List the app's customer reviews, newest first, with their reply state.",
            footer = {"  ascctl reviews list --app com.example.notes --territory DEU --since 2026-11-01",
                    "  ascctl reviews list --app com.example.notes --rating 1 --unanswered --format json",
                    "  ascctl reviews list --store examples/store --app-version 2.4.0 --sort -rating --format csv"})
    static final class ListReviews extends TestFlightCommand.AppCommand {
        @Option(names = "--rating", paramLabel = "STARS", split = ",",
                description = "Only these star ratings, 1 to 5, e.g. 1,2. Default: all.")
        List<Integer> ratings = new ArrayList<>();
        @Option(names = "--territory", paramLabel = "CODE",
                description = "Only reviews from this storefront, Apple's territory code, e.g. DEU. Default: all.")
        String territory;
        @Option(names = "--unanswered", description = "Only reviews without a reply (published or pending). Default: all reviews.")
        boolean unanswered;
        @Option(names = "--since", paramLabel = "WHEN",
                description = "Only reviews written since then: a date or a span back from now (h, d, w), e.g. 7d or"
                        + " 2026-11-01. Default: all.")
        String since;
        @Option(names = "--app-version", paramLabel = "VERSION",
                description = "Only reviews of this App Store version, e.g. 2.4.0. Default: every version.")
        String version;
        @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "-createdDate",
                description = "Apple's order: -createdDate (newest first), createdDate, rating or -rating,"
                        + " e.g. rating. Default: ${DEFAULT-VALUE}.")
        String sort;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
                description = "table, json or csv, e.g. csv. Default: ${DEFAULT-VALUE}.")
        String format;

        @Override
        public Integer call() {
            if (!ReviewListingFormat.FORMATS.contains(format)) {
                throw new IllegalArgumentException("--format must be table, json or csv, not '" + format + "'");
            }
            ReviewListing.Filter filter = new ReviewListing.Filter(ratings, territory, unanswered,
                    since == null ? null : ReviewWindow.since(since, Clock.systemUTC()), sort, version);
            String bundleId = bundleId();
            ReviewListing listing = new ReviewListing(Connections.open(root().connection()), bundleId);
            context().out().print(ReviewListingFormat.render(listing.list(filter), format));
            return ExitCode.OK;
        }
    }
}
