package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.reports.ReportRequest;
import dev.ascctl.reports.ReportSync;
import dev.ascctl.reports.SyncManifest;
import dev.ascctl.sandbox.Fault;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.reports.SalesHistory;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ascctl reports sync} end to end (issue 16 must-shows): 400 days of daily reports plus weeks, months, years and
 * finance months; a second run downloads nothing; a day produced later is fetched then; a run that meets 429s and the
 * hourly budget stops cleanly, says where it resumes, and the next run completes the history with no file lost or
 * fetched twice. Every exchange is checked against Apple's spec. Report files are not JSON, so variant mode changes
 * only the error documents here.
 */
@SandboxModes
class ReportsSyncIT {
    private static final Pattern DOWNLOADED = Pattern.compile("(\\d+) downloaded, (\\d+) pending .*; (\\d+) requests");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate SINCE = TODAY.minusDays(400);
    @TempDir
    Path temp;

    private static Sandbox sandbox(SandboxOptions options, LocalDate availableThrough) throws IOException {
        Sandbox sandbox = Sandbox.start(options);
        sandbox.reports().setFirstDay(TODAY.minusDays(800));
        sandbox.reports().setAvailableThrough(availableThrough);
        return sandbox;
    }

    private CliRunner.Result sync(Sandbox sandbox, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("reports", "sync", "--into", "history", "--since",
                SINCE.toString()));
        args.addAll(List.of(more));
        return new CliRunner().workDir(temp).env("ASCCTL_BACKOFF_MS", SandboxFixture.TEST_BACKOFF_MS)
                .sandbox(sandbox.baseUri().toString(), args.toArray(String[]::new));
    }

    private static int[] counts(CliRunner.Result r) {
        Matcher m = DOWNLOADED.matcher(r.out());
        assertThat(m.find()).as(r.toString()).isTrue();
        return new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))};
    }

    private static List<ReportRequest> wanted() {
        return ReportSync.wanted(new ReportSync.Options("85012345", SINCE, false, 100), TODAY);
    }

    @Test
    void fourHundredDaysThenNothingThenTheDayProducedLater() throws IOException {
        try (Sandbox sandbox = sandbox(SandboxFixture.sandboxOptions(), TODAY.minusDays(2))) {
            List<ReportRequest> wanted = wanted();
            long dailies = wanted.stream().filter(r -> r.describe().startsWith("SALES SUMMARY DAILY")).count();
            assertThat(dailies).isEqualTo(400);
            assertThat(wanted.stream().filter(r -> r.describe().startsWith("SALES SUMMARY WEEKLY")).count())
                    .isBetween(56L, 58L);
            assertThat(wanted.stream().filter(r -> r.describe().startsWith("SALES SUMMARY MONTHLY")).count())
                    .isBetween(13L, 14L);
            assertThat(wanted.stream().filter(r -> r.describe().startsWith("FINANCIAL ZZ")).count()).isBetween(13L, 14L);

            var first = sync(sandbox);
            assertThat(first.exitCode()).as(first.toString()).isZero();
            int[] c1 = counts(first);
            assertThat(c1[2]).as("one request per report, no retries").isEqualTo(wanted.size());
            SyncManifest manifest = SyncManifest.load(temp.resolve("history"), "85012345");
            String yesterday = "sales/SALES_SUMMARY/DAILY/" + TODAY.minusDays(1) + ".tsv.gz";
            assertThat(manifest.pendingReports()).containsKey(yesterday);
            assertThat(manifest.files()).hasSize(c1[0]).doesNotContainKey(yesterday)
                    .containsKey("sales/SALES_SUMMARY/DAILY/" + SINCE + ".tsv.gz");
            assertThat(c1[0]).isGreaterThanOrEqualTo(399 + 50 + 11);
            // A kept file is Apple's, unchanged: its units are the day's sales as generated.
            LocalDate day = TODAY.minusDays(100);
            assertThat(units(temp.resolve("history/sales/SALES_SUMMARY/DAILY/" + day + ".tsv.gz")))
                    .isEqualTo(sandbox.reports().history().day(day).stream().mapToInt(SalesHistory.Sale::units).sum());

            int before = sandbox.requestLog().count();
            var second = sync(sandbox);
            int[] c2 = counts(second);
            assertThat(c2[0]).as(second.toString()).isZero();
            assertThat(sandbox.requestLog().count() - before).as("only the pending reports are asked again")
                    .isEqualTo(c1[1]);

            sandbox.reports().setAvailableThrough(TODAY.minusDays(1));
            var third = sync(sandbox);
            int[] c3 = counts(third);
            assertThat(c3[0]).as(third.toString()).isGreaterThanOrEqualTo(1);
            SyncManifest after = SyncManifest.load(temp.resolve("history"), "85012345");
            assertThat(after.files()).containsKey(yesterday);
            assertThat(after.pendingReports()).doesNotContainKey(yesterday);
            OpenApiConformance.assertConforms(sandbox.requestLog().list());
        }
    }

    @Test
    void a429AndTheBudgetStopTheRunWhichResumesWithoutLosingOrDuplicatingAFile() throws IOException {
        List<ReportRequest> wanted = wanted();
        int firstRun;
        try (Sandbox limited = sandbox(SandboxFixture.sandboxOptions().withHourlyRequestLimit(200), TODAY.minusDays(1))) {
            limited.faults().inject("GET", "/v1/salesReports", 5, Fault.status(429, "RATE_LIMIT_EXCEEDED"));
            var stopped = sync(limited, "--reserve", "20");
            assertThat(stopped.exitCode()).as(stopped.toString()).isZero();
            assertThat(stopped.out()).contains("Stopped: Apple's X-Rate-Limit says").contains("The next run resumes at");
            int[] c = counts(stopped);
            firstRun = c[0];
            long counted = limited.requestLog().withoutInjectedFaults().size();
            // The reserve of 20 is kept within the answers still in flight when the run stopped; never spent.
            assertThat(counted).as("requests the budget counted").isBetween(150L, 185L);
            assertThat(firstRun + c[1]).as("each counted request kept a file or recorded a pending report")
                    .isEqualTo((int) counted);
            assertThat(limited.requestLog().list().stream().filter(e -> e.status() == 429).count())
                    .as("the injected 429s were met and retried").isEqualTo(5);
            OpenApiConformance.assertConforms(limited.requestLog().withoutInjectedFaults());
        }
        SyncManifest half = SyncManifest.load(temp.resolve("history"), "85012345");
        assertThat(half.files()).hasSize(firstRun);
        try (Sandbox fresh = sandbox(SandboxFixture.sandboxOptions(), TODAY.minusDays(1))) {
            var resumed = sync(fresh);
            assertThat(resumed.out()).doesNotContain("Stopped");
            int secondRun = counts(resumed)[0];
            SyncManifest whole = SyncManifest.load(temp.resolve("history"), "85012345");
            assertThat(firstRun + secondRun).as("no file fetched twice").isEqualTo(whole.files().size());
            Set<String> settled = new HashSet<>(whole.files().keySet());
            settled.addAll(whole.pendingReports().keySet());
            settled.addAll(whole.noSalesReports().keySet());
            assertThat(settled).as("no report lost").containsAll(wanted.stream().map(ReportRequest::path).toList());
            assertThat(fresh.requestLog().count()).as("the second run asks only what the first did not")
                    .isEqualTo(wanted.size() - firstRun);
            OpenApiConformance.assertConforms(fresh.requestLog().list());
        }
    }

    private static int units(Path gzip) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip))) {
            List<String> lines = new String(in.readAllBytes()).lines().toList();
            int column = List.of(lines.get(0).split("\t")).indexOf("Units");
            return lines.stream().skip(1).mapToInt(l -> Integer.parseInt(l.split("\t", -1)[column])).sum();
        }
    }
}
