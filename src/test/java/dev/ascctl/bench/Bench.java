package dev.ascctl.bench;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code make bench}: requests, writes and wall time of plan and of a no-op apply for a generated store of
 * 3 apps × 39 locales, against the sandbox at 50 ms latency, beside the lower bound Apple's spec allows.
 * Prints a table; asserts nothing (numbers are read by people and compared across commits). Ends with the
 * start-up figures of {@link StartupBench}; {@code ASCCTL_BASELINE_JAR=path/to/ascctl.jar make bench} adds a
 * column for another build.
 */
public final class Bench {
    static final int APPS = 3;
    static final int LATENCY_MS = 50;
    static final List<String> LOCALES = List.of("ar-SA", "ca", "cs", "da", "de-DE", "el", "en-AU", "en-CA", "en-GB",
            "en-US", "es-ES", "es-MX", "fi", "fr-CA", "fr-FR", "he", "hi", "hr", "hu", "id", "it", "ja", "ko", "ms",
            "nl-NL", "no", "pl", "pt-BR", "pt-PT", "ro", "ru", "sk", "sv", "th", "tr", "uk", "vi", "zh-Hans", "zh-Hant");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ascctl-bench");
        Path store = generateStore(dir.resolve("store"));
        String[] bundleIds = new String[APPS];
        for (int i = 0; i < APPS; i++) {
            bundleIds[i] = bundleId(i);
        }
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps(bundleIds)
                .withLatencyMs(LATENCY_MS).withHourlyRequestLimit(1_000_000))) {
            String url = sandbox.baseUri().toString();
            CliRunner cli = new CliRunner();
            System.out.printf(Locale.ROOT, "ascctl bench: %d apps x %d locales, sandbox latency %d ms%n%n",
                    APPS, LOCALES.size(), LATENCY_MS);
            // Lower bound (DESIGN 1.5): /v1/apps?filter[bundleId]=a,b,c answers all apps in one request; per app,
            // /appInfos with include=appInfoLocalizations (limit[appInfoLocalizations] ≤ 50 ≥ 39 locales) and
            // /appStoreVersions with include=appStoreVersionLocalizations (≤ 50) answer the rest: 1 + 2N.
            int lowerBound = 1 + 2 * APPS;
            header();
            measure("plan (first, all to create)", cli, url, sandbox, lowerBound, "plan", "--store", store.toString());
            measure("apply (converge)", cli, url, sandbox, -1, "apply", "--store", store.toString(), "--auto-approve");
            measure("plan (no changes)", cli, url, sandbox, lowerBound, "plan", "--store", store.toString());
            Measurement noop = measure("apply (no-op)", cli, url, sandbox, lowerBound, "apply", "--store",
                    store.toString(), "--auto-approve");
            System.out.printf(Locale.ROOT, "%nno-op apply writes: %d (target 0); plan requests / lower bound: %.2f"
                    + " (target <= 1.20)%n", noop.writes, (double) noop.requests / lowerBound);
        }
        TestFlightBench.run();
        PurchasesBench.run();
        ReviewsBench.run();
        ReportsBench.run();
        ParallelismBench.run();
        ApplyBench.run();
        MediaBench.run();
        BuildUploadBench.run();
        ScopedReadsBench.run();
        EventsBench.run();
        PortfolioBench.run();
        ProcessingPollBench.run();
        StoreLoadBench.run();
        HostileStoreBench.run();
        HostileServerBench.run();
        dev.ascctl.conformance.ConformanceBench.run();
        StartupBench.run();
    }

    record Measurement(long requests, long writes, long millis) {
    }

    /** The header of {@link #measure}'s rows. */
    static void header() {
        System.out.printf(Locale.ROOT, "%-28s %9s %9s %7s %10s %11s %12s%n", "run", "requests", "reported", "writes",
                "wall ms", "process ms", "lower bound");
    }

    /**
     * Runs a command in-process and prints a row: the requests the sandbox saw, the count the command itself
     * reported (plan's "used by plan", apply's "requests in all"; they must agree), writes, wall time, and for a
     * command that changes nothing ({@code lowerBound >= 0}) the same command again as a bin/ascctl child process,
     * as a user runs it (JVM start-up, class loading and the launcher's heap included).
     */
    static Measurement measure(String name, CliRunner cli, String url, Sandbox sandbox, int lowerBound,
                                       String... args) {
        sandbox.requestLog().clear();
        long start = System.nanoTime();
        var result = cli.sandbox(url, args);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.exitCode() != 0) {
            throw new IllegalStateException(name + " failed: " + result);
        }
        List<RecordedExchange> log = sandbox.requestLog().list();
        long writes = log.stream().filter(RecordedExchange::isWrite).count();
        String process = "-";
        if (lowerBound >= 0) {
            try {
                RealProcess.Result run = RealProcess.sandbox(RealProcess.launchers().get(0), url, Map.of(), args);
                process = run.exit() == 0 ? String.valueOf(run.wallMs()) : "exit " + run.exit();
            } catch (IOException e) {
                process = "n/a";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process = "n/a";
            }
        }
        System.out.printf(Locale.ROOT, "%-28s %9d %9s %7d %10d %11s %12s%n", name, log.size(), reported(result.out()),
                writes, millis, process, lowerBound < 0 ? "-" : String.valueOf(lowerBound));
        return new Measurement(log.size(), writes, millis);
    }

    private static final Pattern REPORTED = Pattern.compile(
            "App Store Connect requests: (\\d+) used by plan|(\\d+) requests in all");

    /** The request count a command printed in its summary (apply's, else its plan's), or "-" when it printed none. */
    static String reported(String output) {
        String found = "-";
        Matcher m = REPORTED.matcher(output);
        while (m.find()) {
            found = m.group(1) != null ? m.group(1) : m.group(2);
        }
        return found;
    }

    static String bundleId(int i) {
        return "com.example.bench" + (i + 1);
    }

    /** A store of {@link #APPS} apps, each with every one of the 39 locales filled in. */
    static Path generateStore(Path root) throws IOException {
        return generateStore(root, APPS);
    }

    /** A store of {@code apps} apps ({@link #bundleId}), each with every one of the 39 locales filled in. */
    static Path generateStore(Path root, int apps) throws IOException {
        Files.createDirectories(root);
        Files.writeString(root.resolve("store.yaml"), """
                defaults:
                  copyright: "2026 Bench Inc."
                policy:
                  prune: {locales: false}
                """);
        for (int i = 0; i < apps; i++) {
            Path app = root.resolve("apps/bench" + (i + 1));
            Files.createDirectories(app.resolve("locales"));
            Files.writeString(app.resolve("app.yaml"), """
                    bundleId: %s
                    platform: IOS
                    primaryLocale: en-US
                    contentRightsDeclaration: DOES_NOT_USE_THIRD_PARTY_CONTENT
                    categories: {primary: PRODUCTIVITY}
                    version:
                      versionString: "1.0"
                      releaseType: MANUAL
                    """.formatted(bundleId(i)));
            for (String locale : LOCALES) {
                Files.writeString(app.resolve("locales/" + locale + ".yaml"), """
                        name: Bench %d %s
                        subtitle: Measured in %s
                        description: |
                          A generated app for measuring ascctl in %s.
                          Second line of the description.
                        keywords: [bench, measure, %s]
                        promotionalText: Fast plans for %s.
                        supportUrl: https://example.com/%s/support
                        """.formatted(i + 1, locale, locale, locale, locale.toLowerCase(Locale.ROOT), locale,
                        locale.toLowerCase(Locale.ROOT)));
            }
        }
        return root;
    }
}
