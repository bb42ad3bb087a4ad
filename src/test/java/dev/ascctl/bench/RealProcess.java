package dev.ascctl.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One command as a user runs it: a {@code bin/ascctl} child process (this build's launcher, or the baseline's from
 * {@code ASCCTL_BASELINE_JAR}), timed from start to exit, with its CPU time and peak resident memory as
 * {@code /usr/bin/time} reports them (-1 where that tool is missing). The in-process figures of {@link Bench} leave
 * out JVM start-up, class loading and the launcher's heap; these do not.
 */
final class RealProcess {
    private static final Path TIME = Path.of("/usr/bin/time");

    /** Exit code, wall time, user + system CPU, peak resident set (kB) and everything printed. */
    record Result(int exit, long wallMs, long cpuMs, long peakRssKb, String output) {
        long peakRssMb() {
            return peakRssKb < 0 ? -1 : peakRssKb / 1024;
        }
    }

    private RealProcess() {
    }

    /** This build's launcher, then the baseline's when {@code ASCCTL_BASELINE_JAR} names one. */
    static List<StartupBench.Launcher> launchers() {
        List<StartupBench.Launcher> out = new ArrayList<>();
        out.add(new StartupBench.Launcher("this build",
                List.of(StartupBench.REPO.resolve("bin/ascctl").toString())));
        String baseline = System.getenv("ASCCTL_BASELINE_JAR");
        if (baseline != null && !baseline.isBlank()) {
            out.add(StartupBench.Launcher.ofJar("baseline", Path.of(baseline)));
        }
        return out;
    }

    /** Runs {@code args} against the sandbox at {@code url} with the sandbox profile; {@code env} adds variables. */
    static Result sandbox(StartupBench.Launcher launcher, String url, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        Path times = Files.createTempFile("ascctl-time", ".txt");
        Path output = Files.createTempFile("ascctl-run", ".out");
        try {
            if (Files.isExecutable(TIME)) {
                command.addAll(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o", times.toString()));
            }
            command.addAll(launcher.command());
            command.addAll(List.of("--profile", "sandbox", "--endpoint", url));
            command.addAll(List.of(args));
            ProcessBuilder builder = new ProcessBuilder(command).directory(StartupBench.REPO.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile());
            builder.environment().putAll(env);
            long start = System.nanoTime();
            int exit = builder.start().waitFor();
            long wallMs = (System.nanoTime() - start) / 1_000_000;
            long cpuMs = -1;
            long peakKb = -1;
            List<String> lines = Files.readAllLines(times);
            if (!lines.isEmpty()) {
                // /usr/bin/time writes "Command exited with non-zero status N" first when the command fails.
                String[] f = lines.get(lines.size() - 1).trim().split(" ");
                cpuMs = Math.round((Double.parseDouble(f[1]) + Double.parseDouble(f[2])) * 1000);
                peakKb = Long.parseLong(f[3]);
            }
            return new Result(exit, wallMs, cpuMs, peakKb, Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(times);
            Files.deleteIfExists(output);
        }
    }
}
