package dev.ascctl.bench;

import dev.ascctl.asc.ClientOptions;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 12 scope 5: the network phase of a 30-app plan at 200 ms latency ({@link #networkMs}), as bin/ascctl
 * processes: this build at each parallelism, then the
 * baseline (fixed at 4, an app's two reads one after the other). The default parallelism is chosen from these rows.
 */
final class ParallelismBench {
    static final int APPS = 30;
    static final int LATENCY_MS = 200;
    static final List<Integer> PARALLELISMS = List.of(4, 8, 12, 16, 32);

    private ParallelismBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        Path store = Bench.generateStore(Files.createTempDirectory("ascctl-bench-parallel").resolve("store"), APPS);
        String[] bundleIds = new String[APPS];
        for (int i = 0; i < APPS; i++) {
            bundleIds[i] = Bench.bundleId(i);
        }
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps(bundleIds)
                .withLatencyMs(LATENCY_MS).withHourlyRequestLimit(1_000_000))) {
            String url = sandbox.baseUri().toString();
            System.out.printf(Locale.ROOT, "%nascctl bench: %d-app plan at %d ms latency, bin/ascctl processes"
                    + " (network phase: the live read's time on the network)%n%n", APPS, LATENCY_MS);
            System.out.printf(Locale.ROOT, "%-28s %9s %12s %10s%n", "build", "requests", "network ms", "wall ms");
            List<StartupBench.Launcher> launchers = RealProcess.launchers();
            long chosen = -1;
            for (int parallelism : PARALLELISMS) {
                String name = "this build, " + parallelism + (parallelism == ClientOptions.DEFAULT_PARALLELISM
                        ? " (default)" : "");
                long network = row(name, launchers.get(0), sandbox, url,
                        Map.of("ASCCTL_PARALLELISM", String.valueOf(parallelism)), store);
                if (parallelism == ClientOptions.DEFAULT_PARALLELISM) {
                    chosen = network;
                }
            }
            if (launchers.size() > 1) {
                long baseline = row("baseline", launchers.get(1), sandbox, url, Map.of(), store);
                System.out.printf(Locale.ROOT, "network phase at the default, this build / baseline: %.2f (target"
                        + " <= 0.40)%n", (double) chosen / baseline);
            }
        }
    }

    private static long row(String name, StartupBench.Launcher launcher, Sandbox sandbox, String url,
                            Map<String, String> env, Path store) throws Exception {
        sandbox.requestLog().clear();
        RealProcess.Result plan = RealProcess.sandbox(launcher, url, env, "plan", "--store", store.toString());
        if (plan.exit() != 0) {
            throw new IllegalStateException(name + " plan failed: " + plan.output());
        }
        List<RecordedExchange> log = new ArrayList<>(sandbox.requestLog().list());
        long network = networkMs(log, LATENCY_MS);
        System.out.printf(Locale.ROOT, "%-28s %9d %12d %10d%n", name, log.size(), network, plan.wallMs());
        return network;
    }

    /**
     * The live read's time on the network: one latency for the apps read, then from the first per-app read's arrival
     * to the last one's plus its latency. The gap between the apps read and the per-app reads is left out: there
     * this build is still loading the store, which it overlaps with the apps read (the baseline loads it first).
     */
    static long networkMs(List<RecordedExchange> log, int latencyMs) {
        List<java.time.Instant> arrivals = log.stream().map(RecordedExchange::at).sorted().toList();
        return latencyMs + Duration.between(arrivals.get(1), arrivals.get(arrivals.size() - 1)).toMillis() + latencyMs;
    }
}
