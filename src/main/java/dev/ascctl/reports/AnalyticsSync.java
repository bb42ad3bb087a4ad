package dev.ascctl.reports;

import dev.ascctl.asc.AscApiException;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.AssetDownloader;
import dev.ascctl.asc.DeadlineExceededException;
import dev.ascctl.asc.RateBudgetSpentException;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.ListApps;
import dev.ascctl.asc.endpoint.analytics.AnalyticsReportRequests;
import dev.ascctl.vocabulary.Vocabulary;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * {@code ascctl reports analytics}: Apple's analytics reports of each app, kept in {@code DIR/analytics/} with the
 * same rules as the sales history ({@link ReportSync}): a {@link SyncManifest} with each file's SHA-256, nothing
 * fetched twice, "not produced yet" recorded as pending and never an error, and a stop before the hour's requests go
 * below the reserve that says where the next run resumes.
 *
 * <p>Per app: its ONGOING request is read through the app, and made only when it has none (Apple refuses a second
 * one with 409 "You already have such an entity", so it is never sent blindly); then the request's reports, each
 * report's instances, and for each instance not yet kept whole its segments, downloaded from their URLs without a
 * token and checked against Apple's MD5. Files land in
 * {@code analytics/<bundle id>/<CATEGORY>/<report-name>/<GRANULARITY>/<processing date>/segment-<id hash>.tsv.gz}.
 * An instance kept whole is never listed again, so a run with nothing new costs one request per app, one per report
 * list and one per report.
 */
public final class AnalyticsSync {
    public static final String FOLDER = "analytics";

    /**
     * @param bundleIds     the apps; empty: every app the key sees
     * @param categories    the report categories kept (Apple's enum); empty: all
     * @param granularities DAILY, WEEKLY, MONTHLY; empty: all
     * @param request       make the ONGOING request of an app that has none
     * @param reserve       requests of the hour left to other jobs
     */
    public record Options(List<String> bundleIds, Set<String> categories, Set<String> granularities, boolean request,
                          int reserve) {
        public Options {
            bundleIds = List.copyOf(bundleIds);
            categories = checked(categories, "AnalyticsReport.category", "--category");
            granularities = checked(granularities, "AnalyticsReportInstance.granularity", "--granularity");
            if (reserve < 0) {
                throw new ReportInputException("--reserve must be 0 or more (requests left to other jobs this hour)");
            }
            if (bundleIds.size() > 200) {
                throw new ReportInputException("at most 200 --app options in one run (" + bundleIds.size() + " given)");
            }
        }

        private static Set<String> checked(Set<String> values, String vocabularyEnum, String option) {
            Set<String> allowed = Vocabulary.get().enumSet(vocabularyEnum);
            Set<String> out = new LinkedHashSet<>();
            for (String v : values) {
                String upper = v.trim().toUpperCase(Locale.ROOT);
                if (!allowed.contains(upper)) {
                    throw new ReportInputException(option + " '" + v + "' is not one of Apple's values: "
                            + String.join(", ", allowed) + ".");
                }
                out.add(upper);
            }
            return Set.copyOf(out);
        }
    }

    /** What a run did, with a line per app that needs the user (requested today, stopped for inactivity). */
    public record Result(int apps, int requested, int instances, int alreadyKept, int downloaded, int files,
                         int pending, long requests, Optional<String> stoppedAt, String stopReason, List<String> notes) {
    }

    /** What {@link #ensure} found or did for one app. */
    public record Ensured(String bundleId, String state, String requestId) {
    }

    private record App(String id, String bundleId) {
    }

    private record Instance(App app, String id, String path) {
    }

    private final AscClient client;
    private final Clock clock;
    private final AssetDownloader downloader;

    public AnalyticsSync(AscClient client, Clock clock, AssetDownloader downloader) {
        this.client = client;
        this.clock = clock;
        this.downloader = downloader;
    }

    /**
     * Makes sure every app has an ONGOING request, without syncing: "exists", "requested", or "stopped" (Apple stopped
     * it for inactivity; with {@code restart} it is deleted and requested again, the only way Apple allows).
     */
    public List<Ensured> ensure(Options options, boolean restart) {
        List<Ensured> out = new ArrayList<>();
        for (App app : apps(options)) {
            List<Resource> requests = client.getAll(AnalyticsReportRequests.ofApp(app.id())).data();
            Optional<Resource> active = requests.stream().filter(r -> !stopped(r)).findFirst();
            if (active.isPresent()) {
                out.add(new Ensured(app.bundleId(), "exists", active.get().id()));
            } else if (!requests.isEmpty() && !restart) {
                out.add(new Ensured(app.bundleId(), "stopped", requests.get(0).id()));
            } else {
                for (Resource stopped : requests) {
                    client.execute(AnalyticsReportRequests.delete(stopped.id()), ref -> ref);
                }
                out.add(new Ensured(app.bundleId(), requests.isEmpty() ? "requested" : "restarted", create(app)));
            }
        }
        return out;
    }

    public Result run(Path dir, Options options, Consumer<String> progress) {
        Path root = dir.resolve(FOLDER);
        SyncManifest manifest = SyncManifest.load(root, null);
        long requestsBefore = client.stats().requests();
        RequestReserve budget = new RequestReserve(client, options.reserve());
        List<String> notes = new ArrayList<>();
        List<Instance> todo = new ArrayList<>();
        int requested = 0;
        int instances = 0;
        Optional<String> stoppedAt = Optional.empty();
        try {
            List<App> apps = read(budget, () -> apps(options));
            for (int a = 0; a < apps.size() && stoppedAt.isEmpty(); a++) {
                App app = apps.get(a);
                Optional<List<Resource>> requests = readOrStop(budget,
                        () -> client.getAll(AnalyticsReportRequests.ofApp(app.id())).data());
                if (requests.isEmpty()) {
                    stoppedAt = Optional.of(app.bundleId());
                    break;
                }
                Optional<Resource> request = requests.get().stream().filter(r -> !stopped(r)).findFirst()
                        .or(() -> requests.get().stream().findFirst());
                if (request.isEmpty()) {
                    if (!options.request()) {
                        notes.add(app.bundleId() + ": no analytics report request; make one with ascctl reports"
                                + " analytics request --app " + app.bundleId());
                        continue;
                    }
                    if (!budget.take()) {
                        stoppedAt = Optional.of(app.bundleId());
                        break;
                    }
                    try {
                        create(app);
                    } finally {
                        budget.release();
                    }
                    requested++;
                    manifest.pending(app.bundleId(), "requested; Apple produces the first reports a day or two later",
                            clock.instant());
                    notes.add(app.bundleId() + ": requested Apple's ongoing analytics reports today; the first come"
                            + " in a day or two, and the next runs fetch them");
                    continue;
                }
                if (stopped(request.get())) {
                    notes.add(app.bundleId() + ": Apple stopped its analytics reports for inactivity; what it still"
                            + " has is kept, and ascctl reports analytics request --restart --app " + app.bundleId()
                            + " starts them again");
                }
                Optional<List<Instance>> found = readOrStop(budget, () -> instancesOf(app, request.get(), options,
                        budget));
                if (found.isEmpty()) {
                    stoppedAt = Optional.of(app.bundleId());
                    break;
                }
                instances += found.get().size();
                if (found.get().isEmpty()) {
                    manifest.pending(app.bundleId(), "Apple has produced no analytics report yet", clock.instant());
                } else {
                    manifest.settled(app.bundleId());
                }
                found.get().stream().filter(i -> !manifest.isComplete(i.path())).forEach(todo::add);
            }
            todo.sort(Comparator.comparing((Instance i) -> i.path().substring(i.path().lastIndexOf('/') + 1))
                    .thenComparing(Instance::path)); // oldest first: Apple keeps instances a limited time
            int kept = instances - todo.size();
            int[] fetched = stoppedAt.isEmpty() ? fetch(root, todo, manifest, budget, progress) : new int[] {0, 0, 0};
            if (stoppedAt.isEmpty() && fetched[2] < todo.size()) {
                stoppedAt = Optional.of(todo.get(fetched[2]).path());
            }
            int pending = manifest.pendingReports().size();
            return new Result(apps.size(), requested, instances, kept, fetched[0], fetched[1], pending,
                    client.stats().requests() - requestsBefore, stoppedAt, budget.stopReason(), notes);
        } finally {
            manifest.save();
        }
    }

    /**
     * Lists each instance's segments and downloads those not kept, several instances at once; an instance is recorded
     * whole once every segment is. Returns {instances fetched, files written, index of the first instance not done}.
     */
    private int[] fetch(Path root, List<Instance> todo, SyncManifest manifest, RequestReserve budget,
                        Consumer<String> progress) {
        AtomicInteger done = new AtomicInteger();
        AtomicInteger files = new AtomicInteger();
        boolean[] finished = new boolean[todo.size()];
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        budget.runEach(todo.size(), "analytics-sync", index -> {
            if (failure.get() != null || !budget.take()) {
                return;
            }
            Instance instance = todo.get(index);
            List<Resource> segments;
            try {
                segments = client.getAll(AnalyticsReportRequests.segments(instance.id())).data();
            } catch (RuntimeException e) {
                if (!budget.stopFor(e)) {
                    failure.compareAndSet(null, e);
                }
                return;
            } finally {
                budget.release();
            }
            try {
                List<String> paths = new ArrayList<>();
                for (Resource segment : segments) {
                    String path = instance.path() + "/segment-" + SyncManifest.sha256(segment.id().getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12) + ".tsv.gz";
                    if (!manifest.has(path)) {
                        download(root, path, segment);
                        manifest.kept(path, clock.instant());
                        files.incrementAndGet();
                    }
                    paths.add(path);
                }
                manifest.complete(instance.path(), paths);
                finished[index] = true;
                if (done.incrementAndGet() % 50 == 0) {
                    manifest.save();
                    progress.accept("  " + done.get() + " analytics instances fetched...");
                }
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        }, failure);
        if (failure.get() != null) {
            manifest.save();
            throw failure.get();
        }
        int firstNotDone = 0;
        while (firstNotDone < finished.length && finished[firstNotDone]) {
            firstNotDone++;
        }
        return new int[] {done.get(), files.get(), firstNotDone};
    }

    /** Downloads one segment beside its final name and checks Apple's MD5 of it; a mismatch leaves no file. */
    private void download(Path root, String path, Resource segment) {
        String url = segment.text("url").orElseThrow(() -> new IllegalStateException("Apple's segment " + segment.id()
                + " has no url"));
        Path target = root.resolve(path);
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot create " + target.getParent(), e);
        }
        String md5 = downloader.download(URI.create(url), target);
        Optional<String> expected = segment.text("checksum");
        if (expected.isPresent() && !expected.get().equalsIgnoreCase(md5)) {
            try {
                Files.deleteIfExists(target);
            } catch (IOException e) {
                // the manifest does not name it, so the next run fetches it again either way
            }
            throw new IllegalStateException("The analytics segment " + path + " arrived damaged (MD5 " + md5
                    + ", Apple says " + expected.get() + "); run the sync again to fetch it anew.");
        }
    }

    /** The request's reports (of the chosen categories) and their instances (of the chosen granularities). */
    private List<Instance> instancesOf(App app, Resource request, Options options, RequestReserve budget) {
        var reportsQuery = AnalyticsReportRequests.reports(request.id());
        if (!options.categories().isEmpty()) {
            reportsQuery = reportsQuery.filter("category", List.copyOf(new java.util.TreeSet<>(options.categories())));
        }
        List<Resource> reports = client.getAll(reportsQuery).data();
        List<Instance> out = new ArrayList<>();
        for (Resource report : reports) {
            var query = AnalyticsReportRequests.instances(report.id());
            if (!options.granularities().isEmpty()) {
                query = query.filter("granularity", List.copyOf(new java.util.TreeSet<>(options.granularities())));
            }
            var instancesQuery = query;
            Optional<List<Resource>> instances = readOrStop(budget, () -> client.getAll(instancesQuery).data());
            if (instances.isEmpty()) {
                throw new BudgetStop();
            }
            String folder = app.bundleId() + "/" + report.text("category").orElse("OTHER") + "/"
                    + slug(report.text("name").orElse(report.id()));
            for (Resource instance : instances.get()) {
                out.add(new Instance(app, instance.id(), folder + "/" + instance.text("granularity").orElse("OTHER")
                        + "/" + instance.text("processingDate").orElse(instance.id())));
            }
        }
        return out;
    }

    /** "App Downloads Standard" → "app-downloads-standard": a folder name without spaces. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return s.isEmpty() ? "report" : s;
    }

    private static boolean stopped(Resource request) {
        return request.attribute("stoppedDueToInactivity").asBoolean(false);
    }

    private String create(App app) {
        try {
            return client.execute(AnalyticsReportRequests.requestOngoing(app.id()), ref -> ref).single()
                    .map(Resource::id).orElse("");
        } catch (AscApiException e) {
            if (e.status() == 409) {
                // Made meanwhile by another job: Apple names no id, so it is read again.
                return client.getAll(AnalyticsReportRequests.ofApp(app.id())).data().stream().findFirst()
                        .map(Resource::id).orElseThrow(() -> e);
            }
            if (e.status() == 403) {
                throw new IllegalStateException("Apple refused to start analytics reports for " + app.bundleId()
                        + " (403): only an Admin key may request them. Ask an Admin to run ascctl reports analytics"
                        + " request --app " + app.bundleId() + " once; syncing then needs no Admin key.", e);
            }
            throw e;
        }
    }

    private List<App> apps(Options options) {
        List<Resource> found = options.bundleIds().isEmpty()
                ? client.getAll(dev.ascctl.asc.ApiQuery.of("/v1/apps").fields("apps", "bundleId").limit(200)).data()
                : client.getAll(ListApps.byBundleIds(options.bundleIds())).data();
        List<App> apps = found.stream().map(r -> new App(r.id(), r.text("bundleId").orElse(r.id())))
                .sorted(Comparator.comparing(App::bundleId)).toList();
        List<String> missing = options.bundleIds().stream()
                .filter(b -> apps.stream().noneMatch(a -> a.bundleId().equals(b))).toList();
        if (!missing.isEmpty()) {
            throw new ReportInputException("No app with bundle id " + String.join(", ", missing) + " for this key;"
                    + " its apps: " + apps.stream().map(App::bundleId).toList() + ".");
        }
        return apps;
    }

    /** Thrown inside a read chain when the budget stops it; caught by {@link #readOrStop}. */
    private static final class BudgetStop extends RuntimeException {
        BudgetStop() {
            super(null, null, false, false);
        }
    }

    private <T> T read(RequestReserve budget, java.util.function.Supplier<T> read) {
        return readOrStop(budget, read).orElseThrow(() -> new IllegalStateException("Stopped before the first"
                + " request: " + budget.stopReason()));
    }

    /** One read (or a chain of them) under the reserve; empty when the budget stops it. */
    private <T> Optional<T> readOrStop(RequestReserve budget, java.util.function.Supplier<T> read) {
        if (!budget.take()) {
            return Optional.empty();
        }
        try {
            return Optional.of(read.get());
        } catch (BudgetStop e) {
            return Optional.empty();
        } catch (RateBudgetSpentException e) {
            budget.stop("Apple says this key's hourly request budget is spent");
            return Optional.empty();
        } catch (DeadlineExceededException e) {
            budget.stop("the command's deadline passed (" + e.getMessage() + ")");
            return Optional.empty();
        } finally {
            budget.release();
        }
    }
}
