package dev.ascctl.bench;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * In-app events at scale, in {@code make bench} (issue 17): the plan of an app with 10 events in 10 locales, its
 * requests against the floor Apple's spec allows. The app's event list cannot include the events' media (its only
 * include is {@code localizations}), while an event's localizations can include both its images and its videos;
 * so the floor is 1 list + 1 request per event, on top of what the same store plans without events. Helper
 * i17-pages adds its product pages to this app's case.
 */
final class EventsBench {
    static final int EVENTS = 10;
    static final List<String> LOCALES = List.of("en-US", "de-DE", "fr-FR", "es-ES", "it", "ja", "ko", "pt-BR",
            "zh-Hans", "nl-NL");

    private EventsBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("ascctl-events-bench");
        Path seed = dir.resolve("seed.yaml");
        StringBuilder events = new StringBuilder();
        for (int e = 1; e <= EVENTS; e++) {
            events.append("      - referenceName: Event ").append(e).append("\n        attributes: {badge: SPECIAL_EVENT,"
                    + " purpose: ATTRACT_NEW_USERS, priority: NORMAL, primaryLocale: en-US}\n        localizations:\n");
            for (String locale : LOCALES) {
                events.append("          ").append(locale).append(": {name: Event ").append(e)
                        .append(", shortDescription: Short, longDescription: Long}\n");
            }
        }
        Files.writeString(seed, "apps:\n  - bundleId: com.example.live\n    appEvents:\n" + events);
        Path app = Files.createDirectories(dir.resolve("store/apps/live/locales")).getParent();
        Files.writeString(app.resolve("app.yaml"), "bundleId: com.example.live\nprimaryLocale: en-US\n");
        Files.writeString(app.resolve("locales/en-US.yaml"), "name: Live\n");
        Path store = app.getParent().getParent();
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withSeedFile(seed)
                .withLatencyMs(Bench.LATENCY_MS).withHourlyRequestLimit(1_000_000))) {
            CliRunner cli = new CliRunner().workDir(dir);
            String url = sandbox.baseUri().toString();
            System.out.printf(Locale.ROOT, "%nIn-app events: 1 app, %d events in %d locales, latency %d ms%n%n",
                    EVENTS, LOCALES.size(), Bench.LATENCY_MS);
            System.out.printf(Locale.ROOT, "%-36s %9s %15s %12s %10s%n", "run", "requests", "event requests",
                    "lower bound", "wall ms");
            long without = measure("plan (no events declared)", cli, url, sandbox, store, 0);
            Path folder = Files.createDirectories(app.resolve("events"));
            for (int e = 1; e <= EVENTS; e++) {
                StringBuilder yaml = new StringBuilder("badge: SPECIAL_EVENT\npurpose: ATTRACT_NEW_USERS\n"
                        + "priority: NORMAL\nprimaryLocale: en-US\nlocalizations:\n");
                for (String locale : LOCALES) {
                    yaml.append("  ").append(locale).append(": {name: Event ").append(e)
                            .append(", shortDescription: Short, longDescription: Long}\n");
                }
                Files.writeString(folder.resolve("Event " + e + ".yaml"), yaml.toString());
            }
            long with = measure("plan (10 events x 10 locales)", cli, url, sandbox, store, 1 + EVENTS);
            System.out.printf(Locale.ROOT, "events cost %d requests on top of the plan without them; the spec's"
                    + " includes allow %d (1 list + 1 per event)%n", with - without, 1 + EVENTS);
        }
    }

    /** Plans the store; prints the requests, those about events, and the lower bound of the latter. */
    static long measure(String name, CliRunner cli, String url, Sandbox sandbox, Path store, int bound) {
        sandbox.requestLog().clear();
        long start = System.nanoTime();
        CliRunner.Result result = cli.sandbox(url, "plan", "--store", store.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.exitCode() != 0) {
            throw new IllegalStateException(name + " failed: " + result);
        }
        List<RecordedExchange> log = sandbox.requestLog().list();
        long events = log.stream().filter(e -> e.path().contains("appEvent")).count();
        System.out.printf(Locale.ROOT, "%-36s %9d %15d %12s %10d%n", name, log.size(), events,
                bound == 0 ? "-" : String.valueOf(bound), millis);
        return log.size();
    }
}
