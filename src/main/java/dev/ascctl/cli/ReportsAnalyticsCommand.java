package dev.ascctl.cli;

import dev.ascctl.asc.AssetDownloader;
import dev.ascctl.reports.AnalyticsSync;
import dev.ascctl.workflow.Connections;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ascctl reports analytics request|sync}: Apple's analytics reports (App Store engagement, commerce, app usage,
 * framework usage, performance) per app. {@code sync} is the nightly command: it requests an app's ongoing reports
 * when it has none and keeps every report file in DIR/analytics; {@code request} only makes the requests, for a team
 * whose nightly key is not an Admin key (Apple lets only Admin keys request them).
 */
@Command(name = "analytics", description = "Apple's analytics reports per app: request them once, sync them nightly.",
        subcommands = {ReportsAnalyticsCommand.Sync.class, ReportsAnalyticsCommand.Request.class},
        footer = {"  ascctl reports analytics sync --profile sandbox --into reports/",
                "  ascctl reports analytics request --profile sandbox --app com.example.notes"})
final class ReportsAnalyticsCommand {

    /** The options both subcommands share. */
    abstract static class AppsCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = {"--app", "--bundle-id"}, paramLabel = "BUNDLE_ID", description = "An app, e.g."
                + " com.example.notes; repeatable. Default: every app the key sees.")
        List<String> apps = new ArrayList<>();

        final RootCommand root() {
            return (RootCommand) spec.root().userObject();
        }

        final CliContext context() {
            return root().context();
        }
    }

    @Command(name = "sync", description = "Keep every analytics report file not yet in the folder (DIR/analytics),"
            + " requesting an app's ongoing reports first when it has none.",
            footer = {"  ascctl reports analytics sync --profile sandbox --into reports/",
                    "  ascctl reports analytics sync --into reports/ --app com.example.notes --category COMMERCE"
                            + " --granularity DAILY",
                    "  ascctl reports analytics sync --into reports/ --no-request --reserve 500",
                    "",
                    "Apple produces an app's first reports a day or two after the request: until then the app is",
                    "recorded as pending. A run stops before the hour's request budget goes below --reserve, says",
                    "where it resumes, and exits 0; the next run fetches exactly what is missing."})
    static final class Sync extends AppsCommand {
        @Option(names = "--into", paramLabel = "DIR", required = true, description = "The folder of the history,"
                + " e.g. reports/ (files and manifest.json go in its analytics/ folder). Required.")
        Path into;
        @Option(names = "--category", paramLabel = "CATEGORY", split = ",", description = "Apple's report categories"
                + " to keep: APP_STORE_ENGAGEMENT, COMMERCE, APP_USAGE, FRAMEWORK_USAGE, PERFORMANCE; e.g. COMMERCE."
                + " Default: all.")
        List<String> categories = new ArrayList<>();
        @Option(names = "--granularity", paramLabel = "G", split = ",", description = "DAILY, WEEKLY or MONTHLY,"
                + " e.g. DAILY. Default: all.")
        List<String> granularities = new ArrayList<>();
        @Option(names = "--no-request", description = "Do not request an app's reports when it has none (a key"
                + " that is not an Admin key cannot). Default: request them.")
        boolean noRequest;
        @Option(names = "--reserve", paramLabel = "N", defaultValue = "100", description = "Requests of the hour left"
                + " for other jobs with the same key, e.g. 500. Default: ${DEFAULT-VALUE}.")
        int reserve;

        @Override
        public Integer call() {
            var options = new AnalyticsSync.Options(apps, new LinkedHashSet<>(categories),
                    new LinkedHashSet<>(granularities), !noRequest, reserve);
            Path dir = context().workDir().resolve(into).normalize();
            var result = new AnalyticsSync(Connections.open(root().connection()), Clock.systemUTC(),
                    AssetDownloader.defaults()).run(dir, options, context().err()::println);
            result.notes().forEach(note -> context().err().println(note));
            context().out().println("Analytics in " + dir.resolve(AnalyticsSync.FOLDER) + ": " + result.apps()
                    + " apps, " + result.requested() + " requested now, " + result.instances() + " report instances ("
                    + result.alreadyKept() + " already kept, " + result.downloaded() + " fetched: " + result.files()
                    + " files), " + result.pending() + " pending (not produced yet; asked again next time); "
                    + result.requests() + " requests.");
            result.stoppedAt().ifPresent(next -> context().out().println("Stopped: " + (result.stopReason() == null
                    ? "not every report was asked" : result.stopReason()) + ". The next run resumes at " + next
                    + ": run the same command again (later, when the budget allows)."));
            return ExitCode.OK;
        }
    }

    @Command(name = "request", description = "Request each app's ongoing analytics reports once (an Admin key);"
            + " an app that has them is left alone.",
            footer = {"  ascctl reports analytics request --profile sandbox",
                    "  ascctl reports analytics request --app com.example.notes --restart"})
    static final class Request extends AppsCommand {
        @Option(names = "--restart", description = "Delete a request Apple stopped for inactivity and request again"
                + " (Apple restarts none; the files already synced stay). Default: only say it is stopped.")
        boolean restart;

        @Override
        public Integer call() {
            var options = new AnalyticsSync.Options(apps, Set.of(), Set.of(), true, 0);
            var ensured = new AnalyticsSync(Connections.open(root().connection()), Clock.systemUTC(),
                    AssetDownloader.defaults()).ensure(options, restart);
            for (AnalyticsSync.Ensured e : ensured) {
                context().out().println(e.bundleId() + ": " + switch (e.state()) {
                    case "exists" -> "ongoing analytics reports already requested (" + e.requestId() + ")";
                    case "requested" -> "requested (" + e.requestId() + "); Apple produces the first reports in a day"
                            + " or two";
                    case "restarted" -> "the stopped request was deleted and requested again (" + e.requestId() + ")";
                    default -> "Apple stopped its analytics reports for inactivity (" + e.requestId() + "); --restart"
                            + " requests them again";
                });
            }
            return ExitCode.OK;
        }
    }
}
