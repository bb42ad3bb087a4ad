package dev.ascctl.cli;

import dev.ascctl.store.AppSpec;
import dev.ascctl.workflow.Connections;
import dev.ascctl.workflow.ReviewDigest;
import dev.ascctl.workflow.ReviewDigestFormat;
import dev.ascctl.workflow.ReviewDrafts;
import dev.ascctl.workflow.ReviewInbox;
import dev.ascctl.workflow.ReviewListing;
import dev.ascctl.workflow.ReviewListingFormat;
import dev.ascctl.workflow.ReviewWindow;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ascctl reviews ...}: customer reviews, answered the GitOps way. {@code list} reads them; replies are desired
 * state in {@code apps/<app>/reviews/replies.yaml}, published by {@code apply}.
 */
@Command(name = "reviews", description = "Customer reviews: list them; replies live in reviews/replies.yaml.",
        subcommands = {ReviewsCommand.ListReviews.class, ReviewsCommand.Pull.class, ReviewsCommand.Draft.class,
                ReviewsCommand.Digest.class},
        footer = {"  ascctl reviews list --app com.example.notes --rating 1,2 --unanswered",
                "  ascctl reviews list --store examples/store --since 7d --format csv > reviews.csv",
                "  ascctl reviews pull --store examples/store",
                "  ascctl reviews draft --store examples/store",
                "  ascctl reviews digest --store examples/store --since 7d --out digest/"})
final class ReviewsCommand {

    @Command(name = "digest", description = "Write a digest of the period's reviews against the period before:"
            + " counts by rating and territory, the newest low ratings with their reply state, a chart per day.",
            footer = {"  ascctl reviews digest --store examples/store --out digest/     # each app of the store",
                    "  ascctl reviews digest --store . --app com.example.notes --since 30d --format html --out digest/",
                    "",
                    "Without --app, one digest per app of the store. markdown writes reviews-<app>.md and the chart",
                    "reviews-<app>.png beside it; html writes reviews-<app>.html with the chart inside. Nothing is",
                    "sent to Apple."})
    static final class Digest extends StoreAppCommand {
        @Option(names = "--since", paramLabel = "WHEN", defaultValue = "7d", description = "The period: a span back"
                + " from now (h, d, w) or a date, e.g. 30d or 2026-11-01; it is compared with the same length before"
                + " it. Default: ${DEFAULT-VALUE}.")
        String since;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown", description = "markdown (the"
                + " chart a PNG beside it) or html (the chart inside), e.g. html. Default: ${DEFAULT-VALUE}.")
        String format;
        @Option(names = "--out", paramLabel = "DIR", defaultValue = ".", description = "The folder to write into"
                + " (made if missing), e.g. digest/. Default: the current folder.")
        java.nio.file.Path out;

        @Override
        public Integer call() throws java.io.IOException {
            if (!List.of("markdown", "html").contains(format)) {
                throw new IllegalArgumentException("--format must be markdown or html, not '" + format + "'");
            }
            Clock clock = Clock.systemUTC();
            ReviewWindow.span(since, clock); // a bad --since is refused before the store is read or a request sent
            List<AppSpec> apps = apps();
            var client = Connections.open(root().connection());
            java.nio.file.Path dir = context().workDir().resolve(out).normalize();
            java.nio.file.Files.createDirectories(dir);
            for (AppSpec app : apps) {
                ReviewDigest.Digest digest = ReviewDigest.read(client, app, since, clock);
                String name = "reviews-" + app.label();
                byte[] png = ReviewDigestFormat.chart(digest);
                List<java.nio.file.Path> written = new ArrayList<>();
                if (format.equals("html")) {
                    written.add(write(dir.resolve(name + ".html"), ReviewDigestFormat.html(digest, png)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                } else {
                    written.add(write(dir.resolve(name + ".md"), ReviewDigestFormat.markdown(digest, name + ".png")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    written.add(write(dir.resolve(name + ".png"), png));
                }
                var p = digest.current();
                context().out().println("wrote " + String.join(" and ", written.stream().map(Object::toString)
                        .toList()) + ": " + p.count() + (p.count() == 1 ? " review" : " reviews") + " in "
                        + digest.window() + " (before: " + digest.previous().count() + "), " + p.low()
                        + " with 1 or 2 stars, " + digest.lowRatings().stream()
                        .filter(l -> l.reply() == ReviewDigest.ReplyState.NONE).count() + " of the newest "
                        + digest.lowRatings().size() + " without a reply or draft");
            }
            return ExitCode.OK;
        }

        private static java.nio.file.Path write(java.nio.file.Path file, byte[] bytes) throws java.io.IOException {
            if (java.nio.file.Files.isSymbolicLink(file)) {
                throw new IllegalArgumentException(file + " is a symbolic link; ascctl writes only regular files");
            }
            java.nio.file.Files.write(file, bytes);
            return file;
        }
    }

    @Command(name = "draft", description = "Draft replies (draft: true) in reviews/replies.yaml for the inbox's"
            + " reviews, by a language model (config/ascctl.yaml reviewDrafts) or reviews/templates.yaml; nothing"
            + " is sent to Apple.",
            footer = {"  ascctl reviews draft --store examples/store",
                    "  ascctl reviews draft --store . --app com.example.notes --templates-only"})
    static final class Draft extends StoreAppCommand {
        @Option(names = "--templates-only", description = "Use reviews/templates.yaml even when a model is"
                + " configured. Default: the configured model, else templates.")
        boolean templatesOnly;

        @Override
        public Integer call() {
            AppSpec app = app();
            java.util.Optional<dev.ascctl.provider.ChatModel> model = templatesOnly ? java.util.Optional.empty()
                    : ReviewDrafts.model(root().connection());
            if (model.isEmpty() && !templatesOnly) {
                context().err().println("No language model configured (reviewDrafts in config/ascctl.yaml): drafting"
                        + " from " + ReviewDrafts.TEMPLATES + " only.");
            }
            ReviewDrafts.Result result = ReviewDrafts.draft(app.dir(), app.bundleId(), model);
            var out = context().out();
            out.println("drafted " + (result.byTemplate() + result.byModel()) + " replies in apps/" + app.label() + "/"
                    + dev.ascctl.resource.kinds.reviews.ReviewReplyHandler.FILE + " with " + result.source()
                    + " (draft: true; approve by removing it, then plan and apply)");
            result.skipped().forEach(s -> out.println("  not drafted: " + s));
            return ExitCode.OK;
        }
    }

    /** A reviews subcommand that writes into the store: the app is one of the store's apps. */
    abstract static class StoreAppCommand extends StoreCommand {
        @Option(names = {"--app", "--bundle-id"}, paramLabel = "BUNDLE_ID", description = "The store's app, e.g."
                + " com.example.notes. Default: the store's only app (digest: each of its apps).")
        String bundleId;

        /** --app's app, else every app of the store, each announced on stderr; the store is validated first. */
        final List<AppSpec> apps() {
            if (bundleId != null) {
                return List.of(app());
            }
            List<AppSpec> apps = loadStore(root().connection()).apps();
            if (apps.isEmpty()) {
                throw new IllegalArgumentException("the store at " + storeOption.store + " has no apps");
            }
            apps.forEach(a -> context().err().println("App: " + a.bundleId() + " (apps/" + a.label() + ")"));
            return apps;
        }

        /** The app, announced on stderr; the store is loaded (and validated) first. */
        final AppSpec app() {
            List<AppSpec> apps = loadStore(root().connection()).apps();
            List<AppSpec> chosen = apps.stream().filter(a -> bundleId == null || a.bundleId().equals(bundleId)).toList();
            if (chosen.size() != 1) {
                throw new IllegalArgumentException(bundleId != null ? "the store at " + storeOption.store
                        + " has no app " + bundleId + "; its apps: " + apps.stream().map(AppSpec::bundleId).toList()
                        : "the store at " + storeOption.store + " has " + apps.size() + " apps; name one with --app: "
                        + apps.stream().map(AppSpec::bundleId).toList());
            }
            AppSpec app = chosen.get(0);
            context().err().println("App: " + app.bundleId() + " (apps/" + app.label() + ")");
            return app;
        }
    }

    @Command(name = "pull", description = "Write the app's unanswered reviews to apps/<app>/reviews/inbox.yaml.",
            footer = {"  ascctl reviews pull --store examples/store",
                    "  ascctl reviews pull --store . --app com.example.notes && git diff apps/*/reviews"})
    static final class Pull extends StoreAppCommand {
        @Override
        public Integer call() {
            AppSpec app = app();
            List<ReviewInbox.Entry> entries = ReviewInbox.pull(Connections.open(root().connection()), app.bundleId(),
                    app.dir());
            context().out().println("wrote " + entries.size() + (entries.size() == 1 ? " unanswered review" :
                    " unanswered reviews") + " to apps/" + app.label() + "/" + ReviewInbox.FILE);
            return ExitCode.OK;
        }
    }

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
        @Mixin
        ListFormatOption formatOption;

        @Override
        public Integer call() {
            String format = formatOption.parse();
            ReviewListing.Filter filter = new ReviewListing.Filter(ratings, territory, unanswered,
                    since == null ? null : ReviewWindow.since(since, Clock.systemUTC()), sort, version);
            String bundleId = bundleId();
            ReviewListing listing = new ReviewListing(Connections.open(root().connection()), bundleId);
            context().out().print(ReviewListingFormat.render(listing.list(filter), format));
            return ExitCode.OK;
        }
    }
}
