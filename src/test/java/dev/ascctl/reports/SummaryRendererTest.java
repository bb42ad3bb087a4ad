package dev.ascctl.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.jsonapi.QueryParameters;
import dev.ascctl.sandbox.reports.SalesHistory;
import dev.ascctl.sandbox.reports.SalesReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files of the summary's markdown and csv renderers, over a week of the sandbox's seeded reports (written
 * straight from the sandbox's generator, no server) and February's finance file for the rates. Regenerate after a
 * reviewed change with {@code -Dgolden.update=true}.
 */
class SummaryRendererTest {
    private static final Path GOLDEN = Path.of("src/test/resources/reports");
    @TempDir
    static Path dir;
    static ReportSummary.Summary summary;

    @BeforeAll
    static void week() throws IOException {
        SalesReports reports = new SalesReports(new SalesHistory(SalesHistory.DEFAULT_SEED), LocalDate.of(2026, 3, 31),
                LocalDate.of(2025, 1, 1));
        for (LocalDate d = LocalDate.of(2026, 3, 2); !d.isAfter(LocalDate.of(2026, 3, 8)); d = d.plusDays(1)) {
            write("sales/SALES_SUMMARY/DAILY/" + d + ".tsv.gz", reports.answer("GET", SalesReports.SALES_PATH,
                    QueryParameters.parse("filter[vendorNumber]=85012345&filter[reportType]=SALES"
                            + "&filter[reportSubType]=SUMMARY&filter[frequency]=DAILY&filter[reportDate]=" + d)));
        }
        write("finance/FINANCIAL_ZZ/2026-02.tsv.gz", reports.answer("GET", SalesReports.FINANCE_PATH,
                QueryParameters.parse("filter[vendorNumber]=85012345&filter[reportType]=FINANCIAL"
                        + "&filter[regionCode]=ZZ&filter[reportDate]=2026-02")));
        summary = ReportSummary.of(dir, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 8), ReportSummary.By.APP, "USD");
    }

    private static void write(String path, byte[] gzip) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, gzip);
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(file, actual);
        }
        assertThat(file).as("golden file (create it with -Dgolden.update=true and review it)").exists();
        assertThat(actual).isEqualTo(Files.readString(file));
    }

    @Test
    void markdown() throws IOException {
        assertGolden("summary-week.md", SummaryRenderer.markdown(summary, Map.of("Units per day", "summary-1.png")));
    }

    @Test
    void csv() throws IOException {
        assertGolden("summary-week.csv", SummaryRenderer.csv(summary));
    }
}
