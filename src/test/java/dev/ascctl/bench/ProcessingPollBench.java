package dev.ascctl.bench;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import dev.ascctl.store.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code make bench}, issue 12 scope 4: the first apply of 150 new screenshots (3 locales x 5 display types x 10)
 * against the sandbox at 50 ms latency, and the processing polls it sends, counted in the sandbox's request log:
 * per asset ({@code GET /v1/appScreenshots/{id}}) and per set ({@code GET /v1/appScreenshotSets/{id}/appScreenshots}).
 * A round is one poll of each asset or set still waiting; the sandbox finishes processing before its next answer, so
 * a poll per asset is 150 in a round and a poll per set 15. With {@code ASCCTL_BASELINE_JAR} the same apply of that
 * build runs as a child process against a sandbox of its own, beside this build's.
 */
final class ProcessingPollBench {
    static final int LATENCY_MS = 50;
    static final String BUNDLE = "com.example.polls";
    static final List<String> LOCALES = List.of("en-US", "de-DE", "fr-FR");
    /** Five display types whose smallest accepted size is cheap to generate (as in MediaBench). */
    private static final Map<String, int[]> TYPES = new LinkedHashMap<>();

    static {
        TYPES.put("APP_WATCH_SERIES_3", new int[] {312, 390});
        TYPES.put("APP_WATCH_SERIES_4", new int[] {368, 448});
        TYPES.put("APP_WATCH_SERIES_7", new int[] {396, 484});
        TYPES.put("APP_WATCH_SERIES_10", new int[] {416, 496});
        TYPES.put("APP_WATCH_ULTRA", new int[] {410, 502});
    }

    private ProcessingPollBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    record Polls(long screenshots, long perAsset, long perSet, long maxPerRound, long requests, long wallMs) {
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("ascctl-bench-polls");
        Path store = writeStore(dir.resolve("store"));
        List<String> names = new ArrayList<>(List.of("this build"));
        List<Polls> polls = new ArrayList<>();
        polls.add(measure(store, url -> {
            var result = new CliRunner().sandbox(url, "apply", "--store", store.toString(), "--auto-approve");
            if (result.exitCode() != 0) {
                throw new IllegalStateException("apply failed: " + result);
            }
        }));
        String baselineJar = System.getenv("ASCCTL_BASELINE_JAR");
        if (baselineJar != null && !baselineJar.isBlank()) {
            StartupBench.Launcher baseline = StartupBench.Launcher.ofJar("baseline", Path.of(baselineJar));
            names.add("baseline");
            polls.add(measure(store, url -> child(baseline, url, store, dir)));
        }
        System.out.printf(Locale.ROOT, "%nascctl bench: processing polls, first apply of %d screenshots (%d locales x"
                + " %d display types x 10), sandbox latency %d ms%n", LOCALES.size() * TYPES.size() * 10,
                LOCALES.size(), TYPES.size(), LATENCY_MS);
        if (polls.size() == 1) {
            System.out.println("  (set ASCCTL_BASELINE_JAR to a jar of another commit to compare)");
        }
        System.out.printf(Locale.ROOT, "%-40s", "");
        names.forEach(n -> System.out.printf(Locale.ROOT, " %12s", n));
        System.out.printf(Locale.ROOT, " %8s%n", "target");
        row("screenshots processed (COMPLETE)", polls, Polls::screenshots, "150");
        row("polls GET /v1/appScreenshots/{id}", polls, Polls::perAsset, "-");
        row("polls GET .../appScreenshotSets/{id}/...", polls, Polls::perSet, "-");
        row("most polls in one round", polls, Polls::maxPerRound, "<= 15");
        row("apply requests", polls, Polls::requests, "-");
        row("apply wall ms (baseline: + JVM start)", polls, Polls::wallMs, "-");
    }

    private interface Apply {
        void run(String url) throws Exception;
    }

    private static Polls measure(Path store, Apply apply) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps(BUNDLE)
                .withLatencyMs(LATENCY_MS).withHourlyRequestLimit(1_000_000))) {
            long start = System.nanoTime();
            apply.run(sandbox.baseUri().toString());
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            List<RecordedExchange> log = sandbox.requestLog().list();
            Map<String, Integer> pollsOf = new HashMap<>();
            long perAsset = 0;
            long perSet = 0;
            for (RecordedExchange e : log) {
                if (!e.method().equals("GET")) {
                    continue;
                }
                if (e.path().matches("/v1/appScreenshots/[^/]+")) {
                    perAsset++;
                    pollsOf.merge(e.path(), 1, Integer::sum);
                } else if (e.path().matches("/v1/appScreenshotSets/[^/]+/appScreenshots")) {
                    perSet++;
                    pollsOf.merge(e.path(), 1, Integer::sum);
                }
            }
            // Round k is every k-th poll of each asset or set still waiting: the first round is the largest.
            int rounds = pollsOf.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            long maxPerRound = 0;
            for (int k = 1; k <= rounds; k++) {
                int round = k;
                maxPerRound = Math.max(maxPerRound, pollsOf.values().stream().filter(n -> n >= round).count());
            }
            long complete = sandbox.state().all("appScreenshots").stream()
                    .filter(s -> s.attribute("assetDeliveryState") instanceof Map<?, ?> state
                            && "COMPLETE".equals(state.get("state"))).count();
            return new Polls(complete, perAsset, perSet, maxPerRound, log.size(), wallMs);
        }
    }

    private static void child(StartupBench.Launcher launcher, String url, Path store, Path dir)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher.command());
        command.addAll(List.of("--profile", "sandbox", "--endpoint", url, "apply", "--store", store.toString(),
                "--auto-approve"));
        Path output = Files.createTempFile(dir, "child", ".out");
        Process process = new ProcessBuilder(command).directory(StartupBench.REPO.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + Files.readString(output));
        }
    }

    private static void row(String name, List<Polls> polls, java.util.function.ToLongFunction<Polls> value,
                            String target) {
        System.out.printf(Locale.ROOT, "%-40s", name);
        polls.forEach(p -> System.out.printf(Locale.ROOT, " %12d", value.applyAsLong(p)));
        System.out.printf(Locale.ROOT, " %8s%n", target);
    }

    /** One app with a version, three locales and ten screenshots in each of five display types per locale. */
    static Path writeStore(Path root) throws IOException {
        Path app = root.resolve("apps/polls");
        Files.createDirectories(app.resolve("locales"));
        Files.writeString(root.resolve("store.yaml"), "policy:\n  prune: {locales: false}\n");
        Files.writeString(app.resolve("app.yaml"), """
                bundleId: %s
                platform: IOS
                primaryLocale: en-US
                version:
                  versionString: "1.0"
                """.formatted(BUNDLE));
        int seed = 1;
        for (String locale : LOCALES) {
            Files.writeString(app.resolve("locales/" + locale + ".yaml"), "name: Polls " + locale
                    + "\ndescription: Screenshots in " + locale + ".\n");
            for (var type : TYPES.entrySet()) {
                for (int i = 1; i <= 10; i++) {
                    TestImages.writePng(app.resolve("screenshots/" + locale + "/" + type.getKey()
                            + String.format(Locale.ROOT, "/%02d.png", i)), type.getValue()[0], type.getValue()[1],
                            seed++);
                }
            }
        }
        return root;
    }
}
