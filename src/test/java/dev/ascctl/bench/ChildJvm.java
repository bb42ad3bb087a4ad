package dev.ascctl.bench;

import dev.ascctl.cli.CliRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One bench case in a child JVM of its own (-Xmx256m), so its wall time (start-up included) and its peak resident
 * memory ({@code VmHWM}, read by the child from /proc at its end, Linux only) are the case's alone. The parent
 * calls {@link #run}; the child's main ends with {@link #report}.
 */
final class ChildJvm {
    /** A child that has not ended by then is a hang: the row says so. */
    static final long TIMEOUT_SECONDS = 60;

    /** What the child printed, its exit code ("hang" if it did not end), wall time and peak memory (-1: unknown). */
    record Run(String exit, long millis, long peakKb, String output) {
        String peakMb() {
            return peakKb < 0 ? "n/a" : String.valueOf(peakKb / 1024);
        }
    }

    private ChildJvm() {
    }

    /** Runs {@code main} with {@code args} in a child JVM on this classpath; its output goes to {@code output}. */
    static Run run(Class<?> main, Path output, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!ended) {
            child.destroyForcibly().waitFor();
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        return new Run(ended ? field(text, "exit") : "hang", millis,
                ended ? Long.parseLong(field(text, "peakKb")) : -1, text);
    }

    /** In the child: prints the command's output, its exit code and the peak resident memory, for {@link #run}. */
    static void report(CliRunner.Result result) throws IOException {
        System.out.print(result.all());
        long kb = -1;
        Path status = Path.of("/proc/self/status");
        if (Files.isReadable(status)) {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        }
        System.out.println("\nexit=" + result.exitCode());
        System.out.println("peakKb=" + kb);
    }

    private static String field(String text, String name) {
        List<String> values = new ArrayList<>();
        text.lines().filter(l -> l.startsWith(name + "=")).forEach(l -> values.add(l.substring(name.length() + 1)));
        return values.isEmpty() ? "-1" : values.get(values.size() - 1);
    }
}
