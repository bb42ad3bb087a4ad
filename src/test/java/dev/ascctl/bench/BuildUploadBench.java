package dev.ascctl.bench;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.plist.TestArchives;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * {@code make bench}, build upload part (issue 15): {@code ascctl build upload} of a 200 MB .ipa (generated in
 * {@code target/}, deleted after) to the sandbox, its parts 4 at a time beside one stream (one part at a time, the
 * whole file in order), each in a child JVM with {@code -Xmx256m} so its wall time and peak resident memory are its
 * own. The sandbox answers each request after 50 ms (a distant upload host: one stream waits that per part, parallel
 * parts overlap it). Peak memory shows the upload is streamed: a 200 MB file through a 256 MB heap, never in memory.
 */
final class BuildUploadBench {
    private static final long PADDING = 200L * 1000 * 1000;
    private static final int LATENCY_MS = 50;

    private BuildUploadBench() {
    }

    static void run() throws Exception {
        Path ipa = Path.of("target", "bench-build-upload", "Notes.ipa").toAbsolutePath();
        try {
            TestArchives.ipa(ipa, "com.example.notes", "2.5.0", "246", false, PADDING);
            long size = Files.size(ipa);
            System.out.printf(Locale.ROOT, "%nbuild upload: %s .ipa to the sandbox (latency %d ms), child JVM"
                    + " -Xmx256m%n", dev.ascctl.asc.ByteCount.format(size), LATENCY_MS);
            System.out.printf(Locale.ROOT, "%-30s %10s %10s %13s%n", "case", "wall ms", "MB/s", "peak RSS MB");
            measure("parallel (4 parts at once)", ipa, size, "4");
            measure("one stream (1 part at once)", ipa, size, "1");
        } finally {
            Files.deleteIfExists(ipa);
        }
    }

    private static void measure(String name, Path ipa, long size, String parallelism) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withPort(0).withApps("com.example.notes")
                .withLatencyMs(LATENCY_MS).withHourlyRequestLimit(1_000_000))) {
            Path output = Files.createTempFile("ascctl-build-bench", ".txt");
            ChildJvm.Run run = ChildJvm.run(BuildUploadBench.class, output, sandbox.baseUri().toString(),
                    ipa.toString(), parallelism);
            Files.deleteIfExists(output);
            if (!"0".equals(run.exit())) {
                throw new IllegalStateException(name + " failed (" + run.exit() + "): " + run.output());
            }
            if (sandbox.state().buildArchives().bytesReceived() != size) {
                throw new IllegalStateException(name + ": the sandbox received "
                        + sandbox.state().buildArchives().bytesReceived() + " of " + size + " bytes");
            }
            System.out.printf(Locale.ROOT, "%-30s %10d %10.1f %13s%n", name, run.millis(),
                    size / 1e6 / (run.millis() / 1000.0), run.peakMb());
        }
    }

    /** The child: {@code ascctl build upload} with {@code ASCCTL_PARALLELISM} parts at once. */
    public static void main(String[] args) throws Exception {
        CliRunner.Result result = new CliRunner().env("ASCCTL_PARALLELISM", args[2]).env("ASCCTL_BUILD_POLL_MS", "50")
                .sandbox(args[0], "build", "upload", args[1]);
        ChildJvm.report(result);
    }
}
