package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.reports.AnalyticsSync;
import dev.ascctl.reports.SyncManifest;
import dev.ascctl.sandbox.Fault;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ascctl reports analytics sync} end to end (issue 16 scope 3): the first run requests each app's ongoing
 * reports (Apple produces nothing that day: pending), a second run finds the requests and makes none; once Apple has
 * produced 15 days every report's instances and segments are kept, checked against Apple's MD5; a run with nothing new
 * downloads nothing and lists no segment; the day produced next is fetched then; 429s and the hourly budget stop a run
 * that the next hour's run completes without losing or fetching a file twice; bad input sends no request.
 */
@SandboxModes
class AnalyticsSyncIT {
    private static final Pattern COUNTS = Pattern.compile("(\\d+) apps, (\\d+) requested now, (\\d+) report instances"
            + " \\((\\d+) already kept, (\\d+) fetched: (\\d+) files\\), (\\d+) pending .*; (\\d+) requests");
    private static final List<String> APPS = List.of("com.example.atlas", "com.example.notes");
    /** The sandbox's reports per request, and the detailed one of them that comes in two segments. */
    private static final int REPORTS = 8;
    @TempDir
    Path temp;

    private static Sandbox sandbox(int hourlyLimit) throws IOException {
        var options = SandboxFixture.sandboxOptions().withApps(APPS.toArray(String[]::new));
        return Sandbox.start(hourlyLimit > 0 ? options.withHourlyRequestLimit(hourlyLimit) : options);
    }

    private CliRunner.Result sync(Sandbox sandbox, String... more) {
        List<String> args = new ArrayList<>(List.of("reports", "analytics", "sync", "--into", "history"));
        args.addAll(List.of(more));
        return new CliRunner().workDir(temp).env("ASCCTL_BACKOFF_MS", SandboxFixture.TEST_BACKOFF_MS)
                .sandbox(sandbox.baseUri().toString(), args.toArray(String[]::new));
    }

    /** apps, requested, instances, already kept, fetched, files, pending, requests. */
    private static int[] counts(CliRunner.Result r) {
        Matcher m = COUNTS.matcher(r.out());
        assertThat(m.find()).as(r.toString()).isTrue();
        int[] c = new int[8];
        for (int i = 0; i < 8; i++) {
            c[i] = Integer.parseInt(m.group(i + 1));
        }
        return c;
    }

    private static long posts(Sandbox sandbox, int from) {
        return sandbox.requestLog().list().stream().skip(from).filter(e -> e.method().equals("POST")).count();
    }

    /** Instances a report has when Apple has produced the days after {@code requested} through {@code through}. */
    private static int instancesPerReport(LocalDate requested, LocalDate through) {
        int n = 0;
        for (LocalDate d = requested.plusDays(1); !d.isAfter(through); d = d.plusDays(1)) {
            n += 1 + (d.getDayOfWeek() == DayOfWeek.MONDAY ? 1 : 0) + (d.getDayOfMonth() == 1 ? 1 : 0);
        }
        return n;
    }

    @Test
    void requestedOnceThenEveryProducedDayKeptOnceAndTheNextDayFetchedWhenProduced() throws Exception {
        try (Sandbox sandbox = sandbox(0)) {
            LocalDate requested = sandbox.reports().availableThrough().plusDays(1); // the sandbox's today
            var first = sync(sandbox);
            assertThat(first.exitCode()).as(first.toString()).isZero();
            int[] c1 = counts(first);
            assertThat(c1[1]).as("each app's ongoing reports requested").isEqualTo(2);
            assertThat(c1[6]).as("both apps pending: Apple produces nothing on the day of the request").isEqualTo(2);
            assertThat(first.err()).contains("requested Apple's ongoing analytics reports today");
            assertThat(posts(sandbox, 0)).isEqualTo(2);

            int before = sandbox.requestLog().count();
            var second = sync(sandbox);
            int[] c2 = counts(second);
            assertThat(c2[1]).as(second.toString()).isZero();
            assertThat(posts(sandbox, before)).as("the second run finds the requests and makes none").isZero();
            assertThat(c2[6]).isEqualTo(2);

            LocalDate through = requested.plusDays(15); // two Mondays at least: weekly instances too
            sandbox.reports().setAvailableThrough(through);
            var third = sync(sandbox);
            int[] c3 = counts(third);
            int expected = 2 * REPORTS * instancesPerReport(requested, through);
            assertThat(c3[2]).as(third.toString()).isEqualTo(expected);
            assertThat(c3[4]).as("every instance fetched").isEqualTo(expected);
            assertThat(c3[6]).as("nothing pending once reports arrive").isZero();
            SyncManifest manifest = SyncManifest.load(temp.resolve("history").resolve(AnalyticsSync.FOLDER), null);
            assertThat(manifest.files()).hasSize(c3[5]);
            // One report has two segments per instance: more files than instances.
            assertThat(c3[5]).isGreaterThan(expected);
            Path day = temp.resolve("history/analytics/com.example.notes/COMMERCE/app-downloads-standard/DAILY/"
                    + requested.plusDays(3));
            List<Path> files;
            try (Stream<Path> list = Files.list(day)) {
                files = list.toList();
            }
            assertThat(files).hasSize(1);
            List<String> rows = gunzip(files.get(0)).lines().toList();
            assertThat(rows.get(0)).startsWith("Date\tApp Name\tApp Apple Identifier\tDownload Type");
            assertThat(rows.subList(1, rows.size())).isNotEmpty()
                    .allSatisfy(row -> assertThat(row).startsWith(requested.plusDays(2) + "\t"));
            assertThat(md5(files.get(0))).as("kept as Apple sent it").isEqualTo(segmentChecksum(sandbox,
                    files.get(0)));

            before = sandbox.requestLog().count();
            var fourth = sync(sandbox);
            int[] c4 = counts(fourth);
            assertThat(c4[4]).as(fourth.toString()).isZero();
            assertThat(c4[3]).isEqualTo(expected);
            List<RecordedExchange> fourthLog = sandbox.requestLog().list().subList(before, sandbox.requestLog().count());
            assertThat(fourthLog).as("an instance kept whole is not listed again")
                    .noneMatch(e -> e.path().endsWith("/segments"));
            assertThat(fourthLog).as("apps, then per app its request, its reports and each report's instances")
                    .hasSize(1 + 2 * (2 + REPORTS));

            sandbox.reports().setAvailableThrough(through.plusDays(1));
            var fifth = sync(sandbox);
            int[] c5 = counts(fifth);
            assertThat(c5[4]).as(fifth.toString()).isEqualTo(2 * REPORTS * instancesPerReport(through,
                    through.plusDays(1)));
            assertThat(Files.isDirectory(temp.resolve("history/analytics/com.example.atlas/APP_USAGE/app-crashes/DAILY/"
                    + through.plusDays(1)))).isTrue();
            OpenApiConformance.assertConforms(sandbox.requestLog().list());
        }
    }

    @Test
    void a429AndTheBudgetStopTheRunWhichTheNextHourCompletesWithNoFileLostOrFetchedTwice() throws Exception {
        try (Sandbox sandbox = sandbox(150)) {
            LocalDate requested = sandbox.reports().availableThrough().plusDays(1);
            assertThat(counts(sync(sandbox))[1]).isEqualTo(2);
            sandbox.reports().setAvailableThrough(requested.plusDays(6));
            sandbox.faults().inject("GET", "/v1/analyticsReportInstances/.*/segments", 4, Fault.status(429,
                    "RATE_LIMIT_EXCEEDED"));
            var stopped = sync(sandbox, "--reserve", "20");
            assertThat(stopped.exitCode()).as(stopped.toString()).isZero();
            assertThat(stopped.out()).contains("Stopped: Apple's X-Rate-Limit says").contains("The next run resumes at");
            int[] c1 = counts(stopped);
            int expected = 2 * REPORTS * instancesPerReport(requested, requested.plusDays(6));
            assertThat(c1[4]).as("some, not all, fetched").isPositive().isLessThan(expected);
            assertThat(sandbox.requestLog().list().stream().filter(e -> e.status() == 429).count())
                    .as("the injected 429s were met and retried").isEqualTo(4);
            assertThat(sandbox.requestLog().withoutInjectedFaults()).as("the run stopped before the budget was spent")
                    .noneMatch(e -> e.status() == 429);
            Map<String, SyncManifest.Entry> half = SyncManifest.load(temp.resolve("history/analytics"), null).files();

            sandbox.passHour();
            var resumed = sync(sandbox, "--reserve", "20");
            assertThat(resumed.out()).as(resumed.toString()).doesNotContain("Stopped");
            int[] c2 = counts(resumed);
            assertThat(c1[4] + c2[4]).as("each instance fetched once over the two runs").isEqualTo(expected);
            Map<String, SyncManifest.Entry> whole = SyncManifest.load(temp.resolve("history/analytics"), null).files();
            assertThat(whole).containsAllEntriesOf(half);
            assertThat(c1[5] + c2[5]).as("no file fetched twice, none lost").isEqualTo(whole.size());
            try (Stream<Path> all = Files.walk(temp.resolve("history/analytics"))) {
                assertThat(all.filter(p -> p.toString().endsWith(".tsv.gz")).count()).isEqualTo(whole.size());
            }
            OpenApiConformance.assertConforms(sandbox.requestLog().withoutInjectedFaults());
        }
    }

    /**
     * {@code reports analytics request}: made once, found the next time; a request Apple stopped for inactivity is
     * named (sync keeps what it still has and says how to restart), and {@code --restart} deletes it and asks anew,
     * the only way Apple allows (a POST over it is its 409).
     */
    @Test
    void requestMakesEachAppsRequestOnceAndRestartsOneAppleStopped() throws IOException {
        try (Sandbox sandbox = sandbox(0)) {
            var made = run(sandbox, "reports", "analytics", "request", "--app", "com.example.notes");
            assertThat(made.exitCode()).as(made.toString()).isZero();
            assertThat(made.out()).contains("com.example.notes: requested (");
            var again = run(sandbox, "reports", "analytics", "request");
            assertThat(again.out()).contains("com.example.notes: ongoing analytics reports already requested")
                    .contains("com.example.atlas: requested (");
            assertThat(posts(sandbox, 0)).isEqualTo(2);

            String notes = sandbox.state().find("apps", a -> "com.example.notes".equals(a.get("bundleId")))
                    .orElseThrow().id();
            var request = sandbox.state().referencing("analyticsReportRequests", "app", notes).get(0);
            synchronized (sandbox.state()) { // Apple stops a request nobody reads
                sandbox.state().put(request.withAttributes(Map.of("stoppedDueToInactivity", true)));
            }
            var stopped = run(sandbox, "reports", "analytics", "request", "--app", "com.example.notes");
            assertThat(stopped.out()).contains("com.example.notes: Apple stopped its analytics reports for inactivity")
                    .contains("--restart");
            var synced = sync(sandbox, "--app", "com.example.notes");
            assertThat(synced.exitCode()).as(synced.toString()).isZero();
            assertThat(synced.err()).contains("Apple stopped its analytics reports for inactivity")
                    .contains("ascctl reports analytics request --restart --app com.example.notes");
            assertThat(counts(synced)[1]).as("never a POST over a stopped request").isZero();

            int before = sandbox.requestLog().count();
            var restarted = run(sandbox, "reports", "analytics", "request", "--app", "com.example.notes", "--restart");
            assertThat(restarted.out()).as(restarted.toString()).contains("the stopped request was deleted and"
                    + " requested again");
            List<RecordedExchange> writes = sandbox.requestLog().list().subList(before, sandbox.requestLog().count())
                    .stream().filter(e -> !e.method().equals("GET")).toList();
            assertThat(writes).extracting(RecordedExchange::method).containsExactly("DELETE", "POST");
            assertThat(writes).allMatch(e -> e.status() < 300);
            OpenApiConformance.assertConforms(sandbox.requestLog().list());
        }
    }

    private CliRunner.Result run(Sandbox sandbox, String... args) {
        return new CliRunner().workDir(temp).env("ASCCTL_BACKOFF_MS", SandboxFixture.TEST_BACKOFF_MS)
                .sandbox(sandbox.baseUri().toString(), args);
    }

    @Test
    void badInputIsRefusedBeforeAnyRequest() throws IOException {
        try (Sandbox sandbox = sandbox(0)) {
            var category = sync(sandbox, "--category", "APP_STORE_COMMERCE");
            assertThat(category.exitCode()).isEqualTo(1);
            assertThat(category.err()).contains("--category 'APP_STORE_COMMERCE' is not one of Apple's values")
                    .contains("COMMERCE");
            var granularity = sync(sandbox, "--granularity", "HOURLY");
            assertThat(granularity.exitCode()).isEqualTo(1);
            assertThat(granularity.err()).contains("--granularity 'HOURLY'").contains("DAILY, WEEKLY, MONTHLY");
            var reserve = sync(sandbox, "--reserve", "-1");
            assertThat(reserve.exitCode()).isEqualTo(1);
            assertThat(sandbox.requestLog().count()).isZero();
        }
    }

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static String md5(Path file) throws Exception {
        return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
    }

    /** The checksum Apple's segment list gave for the file, read back from the sandbox's own answer log. */
    private static String segmentChecksum(Sandbox sandbox, Path file) {
        String name = file.getFileName().toString();
        return sandbox.requestLog().list().stream().filter(e -> e.path().endsWith("/segments"))
                .flatMap(e -> {
                    var doc = tools.jackson.databind.json.JsonMapper.builder().build().readTree(e.responseBody());
                    List<String[]> out = new ArrayList<>();
                    doc.path("data").forEach(s -> out.add(new String[] {s.path("id").asString(),
                            s.at("/attributes/checksum").asString()}));
                    return out.stream();
                })
                .filter(s -> name.equals("segment-" + SyncManifest.sha256(s[0].getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).substring(0, 12) + ".tsv.gz"))
                .map(s -> s[1]).findFirst().orElseThrow();
    }
}
