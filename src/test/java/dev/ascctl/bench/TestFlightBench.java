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
 * TestFlight at scale, in {@code make bench}: an app with 2,000 testers in one group. Targets (issue 4): the plan
 * reads them in at most 15 requests (3 base + 1 app read with groups/localizations/review included + 10 pages
 * of 200 testers = 14), and a membership change of 500 testers takes at most 10 writes (batches of 100 = 5).
 */
final class TestFlightBench {
    static final int TESTERS = 2_000;
    static final int MOVED = 500;

    private TestFlightBench() {
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("ascctl-tf-bench");
        Path seed = dir.resolve("seed.yaml");
        Files.writeString(seed, """
                apps:
                  - bundleId: com.example.beta
                    betaGroups: [{name: Everyone}, {name: Early}]
                    betaTesterCount: %d
                """.formatted(TESTERS));
        Path store = Files.createDirectories(dir.resolve("store/apps/beta/locales")).getParent().getParent().getParent();
        Files.writeString(store.resolve("apps/beta/app.yaml"), "bundleId: com.example.beta\nprimaryLocale: en-US\n");
        Files.writeString(store.resolve("apps/beta/locales/en-US.yaml"), "name: Beta\n");
        writeTestflight(store, 0, false);
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withSeedFile(seed)
                .withLatencyMs(Bench.LATENCY_MS).withHourlyRequestLimit(1_000_000))) {
            CliRunner cli = new CliRunner();
            String url = sandbox.baseUri().toString();
            System.out.printf(Locale.ROOT, "%nTestFlight: 1 app, %d testers, membership change of %d, latency %d ms%n%n",
                    TESTERS, MOVED, Bench.LATENCY_MS);
            System.out.printf(Locale.ROOT, "%-34s %9s %7s %10s %8s%n", "run", "requests", "writes", "wall ms", "target");
            measure("plan (2,000 testers, no changes)", cli, url, sandbox, "<=15 req", "plan", "--store", store.toString());
            writeTestflight(store, MOVED, false);
            measure("apply (500 testers join a group)", cli, url, sandbox, "<=10 wr", "apply", "--store",
                    store.toString(), "--auto-approve");
            Files.writeString(store.resolve("store.yaml"), "policy:\n  prune: {betaTesters: true}\n");
            writeTestflight(store, 0, true);
            measure("apply (500 testers leave, pruned)", cli, url, sandbox, "<=10 wr", "apply", "--store",
                    store.toString(), "--auto-approve");
            measure("plan (after, no changes)", cli, url, sandbox, "<=15 req", "plan", "--store", store.toString());
        }
    }

    /** All testers in Everyone; the first {@code early} also in Early. */
    private static void writeTestflight(Path store, int early, boolean unused) throws java.io.IOException {
        StringBuilder y = new StringBuilder("groups: [{name: Everyone}, {name: Early}]\ntesters:\n");
        for (int i = 1; i <= TESTERS; i++) {
            y.append("  - {email: tester").append(i).append("@example.com, groups: [Everyone")
                    .append(i <= early ? ", Early" : "").append("]}\n");
        }
        Files.writeString(store.resolve("apps/beta/testflight.yaml"), y.toString());
    }

    private static void measure(String name, CliRunner cli, String url, Sandbox sandbox, String target, String... args) {
        sandbox.requestLog().clear();
        long start = System.nanoTime();
        var result = cli.sandbox(url, args);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (result.exitCode() != 0) {
            throw new IllegalStateException(name + " failed: " + result);
        }
        List<RecordedExchange> log = sandbox.requestLog().list();
        long writes = log.stream().filter(RecordedExchange::isWrite).count();
        System.out.printf(Locale.ROOT, "%-34s %9d %7d %10d %8s%n", name, log.size(), writes, millis, target);
    }
}
