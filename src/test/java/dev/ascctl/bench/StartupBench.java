package dev.ascctl.bench;

import dev.ascctl.cli.StartupTraining;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * Start-up figures of the real launcher, each a separate process as a user runs it: {@code --help}, {@code validate}
 * and a one-app {@code plan} against the in-process sandbox at zero latency, the median of
 * {@value #RUNS} runs, and how much of the plan passes before its first request reaches the sandbox (process start
 * to the sandbox's arrival time of the first request) and the CPU the process had used by then, which load changes
 * far less than the times. With {@code ASCCTL_BASELINE_JAR} (a jar built from another
 * commit) the same runs of that build are interleaved with this one's and printed beside it, so both share the
 * machine's load. The store is generated here (one app, four locales, like examples/store at c758bce), so the
 * figures stay comparable while examples/store grows.
 */
final class StartupBench {
    static final int RUNS = 5;
    static final Path REPO = Path.of("").toAbsolutePath();
    static final String BUNDLE_ID = "com.example.startup";

    private StartupBench() {
    }

    /** How to start one build: its command line up to the arguments. */
    record Launcher(String name, List<String> command) {
        /** A jar's own launcher when it sits in a checkout or install ({@code <dir>/bin/ascctl}), else java -jar. */
        static Launcher ofJar(String name, Path jar) {
            Path launcher = jar.toAbsolutePath().getParent().resolveSibling("bin/ascctl");
            if (Files.isExecutable(launcher)) {
                return new Launcher(name, List.of(launcher.toString()));
            }
            return new Launcher(name, List.of("java", "-Dascctl.home=" + REPO, "-jar", jar.toAbsolutePath().toString()));
        }
    }

    /**
     * One process: wall time from start to exit, from start to the first request (-1 when none), and the CPU time it
     * had used when the first request arrived (user + system, Linux's /proc, 10 ms resolution; -1 when unknown),
     * which a loaded machine changes far less than the wall times.
     */
    record Run(long wallMs, long beforeFirstRequestMs, long cpuBeforeFirstRequestMs) {
    }

    /** The start-up figures alone, without the rest of {@link Bench}. */
    public static void main(String[] args) throws Exception {
        run();
    }

    static void run() throws Exception {
        List<Launcher> launchers = new ArrayList<>();
        launchers.add(new Launcher("this build", List.of(REPO.resolve("bin/ascctl").toString())));
        String baselineJar = System.getenv("ASCCTL_BASELINE_JAR");
        if (baselineJar != null && !baselineJar.isBlank()) {
            // make bench names the column after the baseline's commit (BASELINE=c758bce).
            String name = System.getenv().getOrDefault("ASCCTL_BASELINE_NAME", "");
            launchers.add(Launcher.ofJar(name.isBlank() ? "baseline" : name, Path.of(baselineJar)));
        }
        Path store = writeStore(Files.createTempDirectory("ascctl-bench-startup").resolve("store"));
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withLatencyMs(0)
                .withApps(BUNDLE_ID).withHourlyRequestLimit(1_000_000))) {
            String url = sandbox.baseUri().toString();
            List<String> plan = List.of("--profile", "sandbox", "--endpoint", url, "plan", "--store", store.toString());
            System.out.printf(Locale.ROOT, "%nascctl bench: start-up, one process per run, median of %d"
                    + " (one app x 4 locales, sandbox latency 0 ms)%n", RUNS);
            for (Launcher launcher : launchers) {
                System.out.printf(Locale.ROOT, "  %-10s %s%n", launcher.name(), String.join(" ", launcher.command()));
            }
            if (launchers.size() == 1) {
                System.out.println("  (set ASCCTL_BASELINE_JAR to a jar of another commit to compare)");
            }
            // Untimed: the first process of each build warms the disk cache and the sandbox's own JIT.
            for (Launcher launcher : launchers) {
                start(launcher, sandbox, plan);
            }
            List<List<Run>> help = measure(launchers, sandbox, List.of("--help"));
            List<List<Run>> validate = measure(launchers, sandbox, List.of("validate", "--store", store.toString()));
            List<List<Run>> plans = measure(launchers, sandbox, plan);
            System.out.println();
            System.out.printf(Locale.ROOT, "%-36s", "start-up");
            launchers.forEach(l -> System.out.printf(Locale.ROOT, " %12s", l.name()));
            System.out.println();
            row("--help (ms)", help, Run::wallMs);
            row("validate (ms)", validate, Run::wallMs);
            row("plan, one app (ms)", plans, Run::wallMs);
            row("plan: before first request (ms)", plans, Run::beforeFirstRequestMs);
            row("plan: CPU before first request (ms)", plans, Run::cpuBeforeFirstRequestMs);
            System.out.printf(Locale.ROOT, "%-36s", "plan: share before first request");
            List<Double> shares = new ArrayList<>();
            for (List<Run> runs : plans) {
                double share = (double) median(runs, Run::beforeFirstRequestMs) / median(runs, Run::wallMs);
                shares.add(share);
                System.out.printf(Locale.ROOT, " %11.0f%%", 100 * share);
            }
            System.out.println();
            if (shares.size() == 2) {
                System.out.printf(Locale.ROOT, "time before the first request, this build / %s: %.2f"
                                + " (target <= 0.33)%n", launchers.get(1).name(),
                        (double) median(plans.get(0), Run::beforeFirstRequestMs)
                                / median(plans.get(1), Run::beforeFirstRequestMs));
                System.out.printf(Locale.ROOT, "CPU before the first request, this build / %s: %.2f%n",
                        launchers.get(1).name(), (double) median(plans.get(0), Run::cpuBeforeFirstRequestMs)
                                / median(plans.get(1), Run::cpuBeforeFirstRequestMs));
            }
        }
    }

    /** One app with a version, review details and four locales; no media, TestFlight or purchases. */
    static Path writeStore(Path root) throws IOException {
        return StartupTraining.writeStore(root, BUNDLE_ID, List.of("en-US", "de-DE", "fr-FR", "ja"));
    }

    private static List<List<Run>> measure(List<Launcher> launchers, Sandbox sandbox, List<String> args)
            throws IOException, InterruptedException {
        List<List<Run>> runs = new ArrayList<>();
        launchers.forEach(l -> runs.add(new ArrayList<>()));
        for (int i = 0; i < RUNS; i++) {
            // Alternate which build goes first, so neither always follows the other's disk and CPU traffic.
            for (int j = 0; j < launchers.size(); j++) {
                int k = (i + j) % launchers.size();
                runs.get(k).add(start(launchers.get(k), sandbox, args));
            }
        }
        return runs;
    }

    private static Run start(Launcher launcher, Sandbox sandbox, List<String> args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(launcher.command());
        command.addAll(args);
        Path output = Files.createTempFile("ascctl-startup", ".out");
        try {
            sandbox.requestLog().clear();
            Instant started = Instant.now();
            long t0 = System.nanoTime();
            Process process = new ProcessBuilder(command).directory(REPO.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            CpuSamples cpu = CpuSamples.watch(process);
            int code = process.waitFor();
            long wallMs = (System.nanoTime() - t0) / 1_000_000;
            cpu.stop();
            if (code != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + code + ":\n"
                        + Files.readString(output));
            }
            long beforeFirst = sandbox.requestLog().list().stream().map(RecordedExchange::at).min(Instant::compareTo)
                    .map(first -> Duration.between(started, first).toMillis()).orElse(-1L);
            long cpuBeforeFirst = sandbox.requestLog().list().stream().map(RecordedExchange::at)
                    .min(Instant::compareTo).map(cpu::before).orElse(-1L);
            return new Run(wallMs, beforeFirst, cpuBeforeFirst);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /**
     * The CPU time a process has used, read from /proc/PID/stat every few milliseconds while it runs (the launcher
     * execs java, so the pid stays the JVM's). Linux only; elsewhere no samples and -1.
     */
    static final class CpuSamples {
        private final List<Instant> times = new ArrayList<>();
        private final List<Long> cpuMs = new ArrayList<>();
        private volatile boolean stopped;
        private Thread thread;

        static CpuSamples watch(Process process) {
            CpuSamples samples = new CpuSamples();
            Path stat = Path.of("/proc/" + process.pid() + "/stat");
            samples.thread = new Thread(() -> {
                while (!samples.stopped && process.isAlive()) {
                    try {
                        String text = Files.readString(stat);
                        // Fields after the command name (which may hold spaces): state is 3rd, utime 14th, stime 15th.
                        String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
                        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                        synchronized (samples) {
                            samples.times.add(Instant.now());
                            samples.cpuMs.add(ticks * 10); // USER_HZ is 100 on Linux
                        }
                        Thread.sleep(2);
                    } catch (IOException | RuntimeException e) {
                        return; // exited, or no /proc
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "cpu-samples");
            samples.thread.setDaemon(true);
            samples.thread.start();
            return samples;
        }

        void stop() throws InterruptedException {
            stopped = true;
            thread.join();
        }

        /**
         * The CPU used by the first sample taken at or after {@code at} (so at most a few milliseconds after the
         * request arrived; never less than the process had used by then), or -1.
         */
        synchronized long before(Instant at) {
            for (int i = 0; i < times.size(); i++) {
                if (!times.get(i).isBefore(at)) {
                    return cpuMs.get(i);
                }
            }
            return -1;
        }
    }

    private static void row(String name, List<List<Run>> runs, ToLongFunction<Run> value) {
        System.out.printf(Locale.ROOT, "%-36s", name);
        for (List<Run> r : runs) {
            System.out.printf(Locale.ROOT, " %12d", median(r, value));
        }
        System.out.println();
    }

    static long median(List<Run> runs, ToLongFunction<Run> value) {
        long[] sorted = runs.stream().mapToLong(value).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
