package dev.ascctl.bench;

import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.apply.Applier;
import dev.ascctl.apply.ApplyReport;
import dev.ascctl.apply.AssetUploader;
import dev.ascctl.asc.AscClient;
import dev.ascctl.asc.ClientOptions;
import dev.ascctl.asc.Sleeper;
import dev.ascctl.asc.UploadTransport;
import dev.ascctl.config.CredentialOptions;
import dev.ascctl.config.CredentialsResolver;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.PlanOptions;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.server.Sandbox;
import dev.ascctl.store.ContactDefaultsInput;
import dev.ascctl.store.LoadResult;
import dev.ascctl.store.MediaFile;
import dev.ascctl.store.MediaKind;
import dev.ascctl.store.MediaSet;
import dev.ascctl.store.SecretResolver;
import dev.ascctl.store.Store;
import dev.ascctl.store.StoreLoader;
import dev.ascctl.store.TestImages;
import dev.ascctl.workflow.Reconciler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * {@code make bench}, media part: (1) the requests of a plan of one app with 39 locales x 10 display types x 10
 * screenshots, all already live, against the lower bound (1 + 2 + one set read per localization); (2) upload
 * throughput of 100 MB (20 screenshots of 5 MB) to the sandbox, ascctl's parallel upload beside a sequential,
 * single-stream upload of the same files (one file at a time, one part at a time).
 */
final class MediaBench {
    private static final String BUNDLE = "com.example.media";
    /** Ten display types whose smallest accepted size is cheap to generate. */
    private static final Map<String, int[]> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("APP_WATCH_SERIES_3", new int[] {312, 390});
        TYPES.put("APP_WATCH_SERIES_4", new int[] {368, 448});
        TYPES.put("APP_WATCH_SERIES_7", new int[] {396, 484});
        TYPES.put("APP_WATCH_SERIES_10", new int[] {416, 496});
        TYPES.put("APP_WATCH_ULTRA", new int[] {410, 502});
        TYPES.put("APP_IPHONE_35", new int[] {640, 920});
        TYPES.put("APP_IPHONE_40", new int[] {640, 1096});
        TYPES.put("APP_IPHONE_47", new int[] {750, 1334});
        TYPES.put("APP_IPAD_97", new int[] {768, 1004});
        TYPES.put("APP_DESKTOP", new int[] {1280, 800});
    }

    private MediaBench() {
    }

    static void run() throws Exception {
        System.out.println();
        System.out.println("media: plan of 1 app x 39 locales x 10 display types x 10 screenshots (all live)");
        planBench();
        System.out.println();
        System.out.println("media: upload of 20 screenshots x 5 MB = 100 MB to the sandbox");
        double parallel = uploadBench(4, 4);
        double sequential = uploadBench(1, 1);
        System.out.printf(Locale.ROOT, "%-34s %8.1f MB/s%n%-34s %8.1f MB/s%n", "ascctl (4 files x 4 parts at once)",
                parallel, "sequential single stream", sequential);
        uploadProcesses();
    }

    private static void planBench() throws Exception {
        Path root = Files.createTempDirectory("ascctl-media-bench");
        Path app = writeApp(root, Bench.LOCALES);
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps(BUNDLE)
                .withLatencyMs(Bench.LATENCY_MS).withHourlyRequestLimit(1_000_000))) {
            AscClient client = client(sandbox, 4);
            // Localizations first (metadata only), then the media put live by hand, as if uploaded before.
            Path media = app.resolve("screenshots");
            Path aside = root.resolve("screenshots-aside");
            Files.move(media, aside);
            Store metadataOnly = load(root);
            Reconciler metadata = new Reconciler(client, metadataOnly, new SecretResolver(root, Map.of()));
            metadata.apply(metadata.plan(PlanOptions.all()), o -> { });
            Files.move(aside, media);
            Store store = load(root);
            seedLive(sandbox, store);
            long before = client.stats().requests();
            long start = System.nanoTime();
            Plan plan = new Reconciler(client, store, new SecretResolver(root, Map.of())).plan(PlanOptions.all());
            long millis = (System.nanoTime() - start) / 1_000_000;
            long requests = client.stats().requests() - before;
            int lowerBound = 1 + 2 + Bench.LOCALES.size();
            System.out.printf(Locale.ROOT, "%-28s %9s %7s %10s %12s%n", "run", "requests", "changes", "wall ms",
                    "lower bound");
            System.out.printf(Locale.ROOT, "%-28s %9d %7d %10d %12d%n", "plan (3,900 screenshots)", requests,
                    plan.changes().size(), millis, lowerBound);
            System.out.printf(Locale.ROOT, "plan requests / lower bound: %.2f (target <= 1.20)%n",
                    (double) requests / lowerBound);
        }
    }

    /**
     * The apply that uploads 100 MB as a bin/ascctl process of each build: wall time and peak resident memory
     * (issue 12 scope 6: the launcher's heap and GC are chosen with this and the 30-app apply of ApplyBench).
     */
    static void uploadProcesses() throws Exception {
        Path root = writeUploadStore();
        System.out.printf(Locale.ROOT, "%-34s %10s %13s%n", "apply uploading 100 MB, process", "wall ms",
                "peak RSS MB");
        for (StartupBench.Launcher launcher : RealProcess.launchers()) {
            try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps(BUNDLE)
                    .withHourlyRequestLimit(1_000_000))) {
                RealProcess.Result apply = RealProcess.sandbox(launcher, sandbox.baseUri().toString(), Map.of(),
                        "apply", "--store", root.toString(), "--auto-approve");
                if (apply.exit() != 0) {
                    throw new IllegalStateException(launcher.name() + " upload apply failed: " + apply.output());
                }
                System.out.printf(Locale.ROOT, "%-34s %10d %13d%n", launcher.name(), apply.wallMs(),
                        apply.peakRssMb());
            }
        }
    }

    /** Returns MB/s of an apply that uploads 100 MB. */
    private static double uploadBench(int changesAtOnce, int partsAtOnce) throws Exception {
        Path root = writeUploadStore();
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps(BUNDLE)
                .withHourlyRequestLimit(1_000_000))) {
            AscClient client = client(sandbox, changesAtOnce);
            Store store = load(root);
            Reconciler reconciler = new Reconciler(client, store, new SecretResolver(root, Map.of()));
            Plan plan = reconciler.plan(PlanOptions.all());
            AssetUploader uploader = new AssetUploader(client, root, new UploadTransport(Duration.ofSeconds(10),
                    Duration.ofMinutes(5), Sleeper.REAL), new dev.ascctl.asc.UploadSettings(partsAtOnce,
                    Duration.ofMillis(100), Duration.ofMinutes(5), Sleeper.REAL), event -> { });
            long start = System.nanoTime();
            ApplyReport report = new Applier(client, s -> s, o -> { }, uploader).apply(plan);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (!report.success()) {
                throw new IllegalStateException("upload bench apply failed: " + report);
            }
            return sandbox.state().uploads().bytesReceived() / 1e6 / seconds;
        }
    }

    /** One app whose 20 screenshots of 5 MB (100 MB) are all to upload. */
    private static Path writeUploadStore() throws Exception {
        Path root = Files.createTempDirectory("ascctl-upload-bench");
        Path app = writeApp(root, List.of("en-US"));
        Files.walk(app.resolve("screenshots")).sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        Random random = new Random(42);
        for (String type : List.of("APP_IPHONE_67", "APP_IPHONE_65")) {
            int[] size = type.equals("APP_IPHONE_67") ? new int[] {1290, 2796} : new int[] {1242, 2688};
            for (int i = 0; i < 10; i++) {
                // A valid PNG header followed by 5 MB of noise: real screenshot sizes, cheap to make.
                byte[] png = TestImages.png(size[0], size[1], i + 1);
                byte[] file = new byte[5_000_000];
                random.nextBytes(file);
                System.arraycopy(png, 0, file, 0, png.length);
                TestImages.write(app.resolve("screenshots/en-US/" + type + "/" + i + ".png"), file);
            }
        }
        return root;
    }

    private static Path writeApp(Path root, List<String> locales) throws Exception {
        Files.writeString(root.resolve("store.yaml"), "policy:\n  prune: {screenshots: false}\n");
        Path app = root.resolve("apps/media");
        Files.createDirectories(app.resolve("locales"));
        Files.writeString(app.resolve("app.yaml"), """
                bundleId: %s
                platform: IOS
                primaryLocale: en-US
                version:
                  versionString: "1.0"
                """.formatted(BUNDLE));
        int seed = 1;
        for (String locale : locales) {
            Files.writeString(app.resolve("locales/" + locale + ".yaml"), "description: Media bench " + locale + ".\n");
            for (var type : TYPES.entrySet()) {
                for (int i = 0; i < 10; i++) {
                    TestImages.writePng(app.resolve("screenshots/" + locale + "/" + type.getKey() + "/" + i + ".png"),
                            type.getValue()[0], type.getValue()[1], seed++);
                }
            }
        }
        return app;
    }

    /** Puts the store's screenshots into the sandbox as processed assets, bypassing the upload. */
    private static void seedLive(Sandbox sandbox, Store store) {
        var state = sandbox.state();
        for (MediaSet set : store.apps().get(0).media().sets(MediaKind.SCREENSHOTS)) {
            StoredResource localization = state.find("appStoreVersionLocalizations",
                    a -> set.locale().equals(a.get("locale"))).orElseThrow();
            Map<String, Object> setAttributes = new LinkedHashMap<>();
            setAttributes.put("screenshotDisplayType", set.type());
            StoredResource stored = new StoredResource("appScreenshotSets", state.newId("appScreenshotSets"),
                    setAttributes, Map.of("appStoreVersionLocalization", List.of(localization.id())));
            state.put(stored);
            for (MediaFile f : set.files()) {
                Map<String, Object> a = new LinkedHashMap<>();
                a.put("fileSize", f.size());
                a.put("fileName", f.name());
                a.put("sourceFileChecksum", f.md5());
                a.put("assetDeliveryState", Map.of("errors", List.of(), "warnings", List.of(), "state", "COMPLETE"));
                state.put(new StoredResource("appScreenshots", state.newId("appScreenshots"), a,
                        Map.of("appScreenshotSet", List.of(stored.id()))));
            }
        }
    }

    private static Store load(Path root) {
        LoadResult result = StoreLoader.load(root, ContactDefaultsInput.none(), new SecretResolver(root, Map.of()),
                AllKinds.registry().storeRules());
        if (result.store() == null) {
            throw new IllegalStateException("bench store is invalid: " + result.problems());
        }
        return result.store();
    }

    private static AscClient client(Sandbox sandbox, int parallelism) {
        var credentials = new CredentialsResolver(Path.of("").toAbsolutePath(), Map.of())
                .resolve(new CredentialOptions(null, null, null, sandbox.baseUri(), null, "sandbox"));
        return new AscClient(credentials, ClientOptions.defaults().withParallelism(parallelism));
    }

    /** For a quick look without the rest of the bench. */
    public static void main(String[] args) throws Exception {
        run();
    }

}
