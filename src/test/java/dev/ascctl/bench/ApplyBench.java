package dev.ascctl.bench;

import dev.ascctl.apply.ApplierCpu;
import dev.ascctl.cli.CliRunner;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.PlanFile;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Issue 12 scope 1 and 6: the 30-app first apply at 50 ms latency as a bin/ascctl process of this build and of the
 * baseline (each against a fresh sandbox): wall time, client CPU, peak resident memory and the longest stretch
 * without a request once the writes began (a gap between waves); then the applier's own CPU to order 10, 30 and
 * 100 apps' changes into waves, which must grow linearly.
 */
final class ApplyBench {
    static final int APPS = 30;
    static final int LATENCY_MS = 50;
    static final List<Integer> SIZES = List.of(10, 30, 100);

    private ApplyBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        Path store = Bench.generateStore(Files.createTempDirectory("ascctl-bench-apply").resolve("store"), APPS);
        System.out.printf(Locale.ROOT, "%nascctl bench: %d-app first apply (%d locales each) at %d ms latency,"
                + " bin/ascctl processes, each against a fresh sandbox%n%n", APPS, Bench.LOCALES.size(), LATENCY_MS);
        System.out.printf(Locale.ROOT, "%-12s %9s %7s %10s %8s %13s %13s%n", "build", "requests", "writes", "wall ms",
                "CPU ms", "peak RSS MB", "longest gap");
        List<StartupBench.Launcher> launchers = RealProcess.launchers();
        long[][] figures = new long[launchers.size()][];
        for (int i = 0; i < launchers.size(); i++) {
            figures[i] = firstApply(launchers.get(i), store);
        }
        if (figures.length == 2) {
            System.out.printf(Locale.ROOT, "this build / baseline: wall %.2f (target <= 0.45), client CPU %.2f"
                            + " (target <= 0.25); longest gap %d ms (target <= %d)%n",
                    (double) figures[0][0] / figures[1][0], (double) figures[0][1] / figures[1][1], figures[0][2],
                    2 * LATENCY_MS);
        }
        System.out.printf(Locale.ROOT, "%napplier CPU to order a first apply's changes into waves (in-process):%n");
        System.out.printf(Locale.ROOT, "%-8s %9s %7s %8s %16s%n", "apps", "changes", "waves", "CPU ms",
                "ms per 1000");
        for (int apps : SIZES) {
            Plan plan = plannedFirstApply(apps);
            long best = Long.MAX_VALUE;
            long waves = 0;
            for (int run = 0; run < 3; run++) { // best of 3: the first pays the JIT
                long[] measured = ApplierCpu.ordering(plan.changes());
                best = Math.min(best, measured[0]);
                waves = measured[1];
            }
            System.out.printf(Locale.ROOT, "%-8d %9d %7d %8d %16.1f%n", apps, plan.changes().size(), waves, best,
                    1000.0 * best / plan.changes().size());
        }
    }

    /** Wall ms, CPU ms and the longest gap (ms) of one build's first apply; prints its row. */
    private static long[] firstApply(StartupBench.Launcher launcher, Path store) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps(bundleIds(APPS))
                .withLatencyMs(LATENCY_MS).withHourlyRequestLimit(1_000_000))) {
            RealProcess.Result apply = RealProcess.sandbox(launcher, sandbox.baseUri().toString(), Map.of(), "apply",
                    "--store", store.toString(), "--auto-approve");
            if (apply.exit() != 0) {
                throw new IllegalStateException(launcher.name() + " apply failed: " + apply.output());
            }
            List<RecordedExchange> log = sandbox.requestLog().list();
            long writes = log.stream().filter(RecordedExchange::isWrite).count();
            long gap = longestGapAfterFirstWrite(log);
            System.out.printf(Locale.ROOT, "%-12s %9d %7d %10d %8d %13d %10d ms%n", launcher.name(), log.size(), writes,
                    apply.wallMs(), apply.cpuMs(), apply.peakRssMb(), gap);
            return new long[] {apply.wallMs(), apply.cpuMs(), gap};
        }
    }

    /** The longest time between two requests' arrivals once the first write arrived. */
    static long longestGapAfterFirstWrite(List<RecordedExchange> log) {
        List<RecordedExchange> sorted = log.stream().sorted(java.util.Comparator.comparing(RecordedExchange::at))
                .toList();
        Instant previous = null;
        long longest = 0;
        for (RecordedExchange e : sorted) {
            if (previous == null && !e.isWrite()) {
                continue;
            }
            if (previous != null) {
                longest = Math.max(longest, Duration.between(previous, e.at()).toMillis());
            }
            previous = e.at();
        }
        return longest;
    }

    /** The saved plan of a first apply of {@code apps} generated apps, planned in-process at no latency. */
    private static Plan plannedFirstApply(int apps) throws Exception {
        Path dir = Files.createTempDirectory("ascctl-bench-applier");
        Path store = Bench.generateStore(dir.resolve("store"), apps);
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps(bundleIds(apps))
                .withHourlyRequestLimit(1_000_000))) {
            Path out = dir.resolve("first.plan");
            var result = new CliRunner().sandbox(sandbox.baseUri().toString(), "plan", "--store", store.toString(),
                    "--out", out.toString());
            if (result.exitCode() != 0) {
                throw new IllegalStateException("plan of " + apps + " apps failed: " + result);
            }
            return PlanFile.load(out);
        }
    }

    private static String[] bundleIds(int apps) {
        String[] ids = new String[apps];
        for (int i = 0; i < apps; i++) {
            ids[i] = Bench.bundleId(i);
        }
        return ids;
    }
}
