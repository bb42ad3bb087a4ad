package dev.ascctl.bench;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.reports.ReportLayout;
import dev.ascctl.reports.ReportReader;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Issue 16's bench: {@code reports sync} of 400 days (daily, weekly, monthly, yearly sales and finance months) against a
 * sandbox with 20 ms latency: wall time and requests, then a second run (requests only); and the peak heap while
 * parsing a year of detailed reports (SUBSCRIBER DETAILED and SALES SUMMARY days), streamed row by row. Then
 * {@code reports analytics sync} of 3 apps: the run that requests their reports, the run after Apple has produced 35
 * days (about as long as Apple keeps an instance) with every instance's segments, and a run with nothing new.
 */
public final class ReportsBench {
    private ReportsBench() {
    }

    public static void main(String[] args) throws Exception {
        run();
    }

    public static void run() throws Exception {
        Path dir = Files.createTempDirectory("ascctl-reports-bench");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withLatencyMs(20))) {
            long t0 = System.nanoTime();
            var first = new CliRunner().workDir(dir).sandbox(sandbox.baseUri().toString(), "reports", "sync", "--into",
                    "h", "--since", today.minusDays(400).toString());
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("reports sync, 400 days, 20 ms latency: " + ms + " ms, " + sandbox.requestLog().count()
                    + " requests; " + first.out().strip());
            int before = sandbox.requestLog().count();
            var second = new CliRunner().workDir(dir).sandbox(sandbox.baseUri().toString(), "reports", "sync", "--into",
                    "h", "--since", today.minusDays(400).toString());
            System.out.println("second sync: " + (sandbox.requestLog().count() - before) + " requests (the pending"
                    + " ones); " + second.out().strip());
            var detailed = new CliRunner().workDir(dir).sandbox(sandbox.baseUri().toString(), "reports", "sync",
                    "--into", "h", "--since", today.minusDays(365).toString(), "--detailed");
            System.out.println("detailed year: " + detailed.out().strip());
        }
        analytics(dir);
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long baseline = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong rows = new AtomicLong();
        long files = 0;
        long t1 = System.nanoTime();
        for (String kind : List.of("SUBSCRIBER_DETAILED", "SALES_SUMMARY")) {
            List<Path> days;
            try (Stream<Path> s = Files.list(dir.resolve("h/sales/" + kind + "/DAILY"))) {
                days = s.sorted().toList();
            }
            for (Path day : days) {
                files++;
                try (InputStream in = new GZIPInputStream(Files.newInputStream(day));
                     ReportReader r = ReportReader.open(in, ReportLayout.valueOf(kind), day.toString())) {
                    r.rows(row -> {
                        row.decimal("Units");
                        rows.incrementAndGet();
                    });
                }
            }
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.println("parsing a year of detailed and summary daily reports: " + files + " files, " + rows.get()
                + " rows in " + (System.nanoTime() - t1) / 1_000_000 + " ms; peak heap " + peak / (1024 * 1024)
                + " MB (" + baseline / (1024 * 1024) + " MB before; young-generation garbage included)");
    }

    private static void analytics(Path dir) throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxOptions.defaults().withLatencyMs(20)
                .withApps("com.example.notes", "com.example.atlas", "com.example.habits"))) {
            var request = new CliRunner().workDir(dir).sandbox(sandbox.baseUri().toString(), "reports", "analytics",
                    "sync", "--into", "a");
            System.out.println("analytics sync, first run (requests each app's reports): "
                    + sandbox.requestLog().count() + " requests; " + request.out().strip());
            sandbox.reports().setAvailableThrough(sandbox.reports().availableThrough().plusDays(35));
            int before = sandbox.requestLog().count();
            long t0 = System.nanoTime();
            var synced = new CliRunner().workDir(dir).sandbox(sandbox.baseUri().toString(), "reports", "analytics",
                    "sync", "--into", "a");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("analytics sync, 3 apps x 35 produced days, 20 ms latency: " + ms + " ms, "
                    + (sandbox.requestLog().count() - before) + " API requests; " + synced.out().strip());
            before = sandbox.requestLog().count();
            var again = new CliRunner().workDir(dir).sandbox(sandbox.baseUri().toString(), "reports", "analytics",
                    "sync", "--into", "a");
            System.out.println("analytics sync, nothing new: " + (sandbox.requestLog().count() - before)
                    + " requests; " + again.out().strip());
        }
    }
}
