package dev.ascctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.reports.ReportFiles;
import dev.ascctl.sandbox.reports.SalesHistory;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ascctl reports sales|finance} in-process against a sandbox: Apple's filters, the vendor number from the
 * profile or {@code --vendor}, TSV / gzip / CSV / JSON with typed columns; bad input refused with a clear message,
 * exit 1 and no request (the sandbox's request log counts them).
 */
class ReportsCommandTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    @TempDir
    Path temp;
    Sandbox sandbox;

    @BeforeEach
    void start() throws IOException {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        sandbox.reports().setAvailableThrough(LocalDate.of(2026, 3, 31));
        sandbox.reports().setFirstDay(LocalDate.of(2025, 1, 1));
    }

    @AfterEach
    void stop() {
        OpenApiConformance.assertConforms(sandbox.requestLog().list());
        sandbox.close();
    }

    private CliRunner.Result run(String... args) {
        return new CliRunner().workDir(temp).sandbox(sandbox.baseUri().toString(), args);
    }

    @Test
    void salesAsTsvWithTheProfilesVendorNumber() {
        var r = run("reports", "sales", "--date", DAY.toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.outLines().get(0).split("\t")).containsExactlyElementsOf(ReportFiles.SALES_SUMMARY_1_0);
        assertThat(sandbox.requestLog().list()).singleElement()
                .satisfies(e -> assertThat(e.rawQuery()).contains("filter%5BvendorNumber%5D=85012345")
                        .contains("filter%5BreportDate%5D=2026-03-02"));
    }

    @Test
    void jsonHasTypedColumnsReadByName() {
        var r = run("reports", "sales", "--date", DAY.toString(), "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        JsonNode rows = json.path("rows");
        assertThat(rows.size()).isPositive();
        JsonNode first = rows.get(0);
        assertThat(first.path("Units").isNumber()).isTrue();
        assertThat(first.path("Developer Proceeds").isNumber()).isTrue();
        assertThat(first.path("Apple Identifier").isIntegralNumber()).isTrue();
        assertThat(first.path("Begin Date").asString()).isEqualTo("2026-03-02");
        assertThat(first.path("Promo Code").isNull()).as("blank cells are null").isTrue();
        int units = 0;
        for (JsonNode row : rows) {
            units += row.path("Units").asInt();
        }
        assertThat(units).isEqualTo(sandbox.reports().history().day(DAY).stream().mapToInt(SalesHistory.Sale::units).sum());
    }

    @Test
    void csvAndGzipFiles() throws IOException {
        var csv = run("reports", "finance", "--date", "2026-02", "--format", "csv", "--out", "feb.csv");
        assertThat(csv.exitCode()).as(csv.toString()).isZero();
        List<String> lines = Files.readAllLines(temp.resolve("feb.csv"));
        assertThat(lines.get(0)).startsWith("Start Date,End Date,UPC,ISRC/ISBN,Vendor Identifier,Quantity");
        assertThat(lines.get(1)).startsWith("2026-02-01,2026-02-28,");

        var gzip = run("reports", "sales", "--vendor", "85012345", "--frequency", "WEEKLY", "--date", "2026-03-08",
                "--gzip");
        assertThat(gzip.exitCode()).as(gzip.toString()).isZero();
        Path file = temp.resolve("S_W_85012345_20260308.txt.gz");
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertThat(new String(in.readAllBytes())).startsWith("Provider\tProvider Country\tSKU");
        }
    }

    @Test
    void financeRatesBlockInJsonTrailers() {
        var r = run("reports", "finance", "--date", "2026-02", "--format", "json");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode trailers = JsonMapper.builder().build().readTree(r.out()).path("trailers");
        assertThat(trailers.size()).isEqualTo(2);
        assertThat(trailers.get(1).path("columns").toString()).contains("Exchange Rate");
        assertThat(new BigDecimal(trailers.get(1).path("rows").get(0).get(7).asString())).isPositive();
    }

    @Test
    void aDayNotProducedYetIsAClearErrorAndNoSalesIsNot() {
        var notYet = run("reports", "sales", "--date", "2026-04-02");
        assertThat(notYet.exitCode()).isEqualTo(1);
        assertThat(notYet.err()).contains("SALES SUMMARY DAILY 2026-04-02 is not available yet")
                .contains("ascctl reports sync");

        var none = run("reports", "sales", "--date", "2024-12-01");
        assertThat(none.exitCode()).as(none.toString()).isZero();
        assertThat(none.err()).contains("No sales in SALES SUMMARY DAILY 2024-12-01");
        assertThat(none.out()).isEmpty();
    }

    @Test
    void aSyncThatMeetsApplesSpentBudgetStopsCleanlyAndSaysWhereItResumes() throws IOException {
        sandbox.close();
        sandbox = Sandbox.start(SandboxOptions.defaults().withHourlyRequestLimit(30));
        sandbox.reports().setAvailableThrough(LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1));
        // Paced requests 10 ms apart at most, as in RequestBudgetIT: the pacing, without the second between requests
        // a real hour's budget asks for (measured: 29 s of this class's 30 were that pacing).
        var r = new CliRunner().workDir(temp).env("ASCCTL_BACKOFF_MS", "5").env("ASCCTL_PACING_MS", "10")
                .sandbox(sandbox.baseUri().toString(),
                "reports", "sync", "--into", "h", "--since", LocalDate.now(java.time.ZoneOffset.UTC).minusDays(60)
                        .toString(), "--reserve", "0", "--parallelism", "1");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("30 requests.").contains("Stopped: Apple's X-Rate-Limit says 0 of 30 requests")
                .contains("The next run resumes at");
        assertThat(sandbox.requestLog().list().stream().filter(e -> e.status() == 429)).as("nothing sent after")
                .isEmpty();
        assertThat(Files.readString(temp.resolve("h/manifest.json"))).contains("\"files\"");
    }

    @Test
    void badInputIsRefusedBeforeAnyRequest() {
        var unknownType = run("reports", "sales", "--type", "REFUNDS", "--date", "2026-03-02");
        assertThat(unknownType.exitCode()).isEqualTo(1);
        assertThat(unknownType.err()).contains("--type 'REFUNDS' is not a sales report type Apple knows; one of: SALES,"
                + " PRE_ORDER");

        var monthlyWithDay = run("reports", "sales", "--frequency", "MONTHLY", "--date", "2026-03-02");
        assertThat(monthlyWithDay.exitCode()).isEqualTo(1);
        assertThat(monthlyWithDay.err()).contains("--date '2026-03-02' is not in the form of a MONTHLY report: give a"
                + " month, YYYY-MM (e.g. 2026-03).");

        var weekOnAMonday = run("reports", "sales", "--frequency", "WEEKLY", "--date", "2026-03-02");
        assertThat(weekOnAMonday.exitCode()).isEqualTo(1);
        assertThat(weekOnAMonday.err()).contains("2026-03-02 is a monday; its week is 2026-03-08");

        var financeDay = run("reports", "finance", "--date", "2026-02-01");
        assertThat(financeDay.exitCode()).isEqualTo(1);
        assertThat(financeDay.err()).contains("YYYY-MM");

        var noVendor = new CliRunner().workDir(temp).run("--endpoint", sandbox.baseUri().toString(), "--key-id",
                "SANDBOX001", "--issuer-id", "69a6de70-0000-47e3-e053-5b8c7c11a4d1", "--private-key-path",
                CliRunner.REPO.resolve("config/sandbox/AuthKey_SANDBOX001.p8").toString(), "reports", "sales");
        assertThat(noVendor.exitCode()).isEqualTo(1);
        assertThat(noVendor.err()).contains("No vendor number: give --vendor NUMBER, set ASC_VENDOR_NUMBER, or add"
                + " vendorNumber to the profile");

        var syncBadSince = run("reports", "sync", "--into", "h", "--since", "2026-13-01");
        assertThat(syncBadSince.exitCode()).isEqualTo(1);
        assertThat(syncBadSince.err()).contains("--since '2026-13-01' is not in the form of a DAILY report");

        assertThat(sandbox.requestLog().count()).as("requests sent for bad input").isZero();
    }
}
