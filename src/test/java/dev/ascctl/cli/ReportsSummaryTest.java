package dev.ascctl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.sandbox.SandboxOptions;
import dev.ascctl.sandbox.reports.ReportFiles;
import dev.ascctl.sandbox.reports.SalesHistory;
import dev.ascctl.sandbox.server.Sandbox;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ascctl reports summary}: its figures against sums computed here straight from the sandbox's generated sales
 * (not from the files, not with the summary's code), and its charts written as PNG beside the markdown / inside HTML.
 */
class ReportsSummaryTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final LocalDate FROM = TODAY.minusDays(20);
    private static final LocalDate TO = TODAY.minusDays(7);
    @TempDir
    static Path temp;
    static Sandbox sandbox;

    @BeforeAll
    static void sync() throws IOException {
        sandbox = Sandbox.start(SandboxOptions.defaults());
        var r = new CliRunner().workDir(temp).sandbox(sandbox.baseUri().toString(), "reports", "sync", "--into",
                "history", "--since", TODAY.minusDays(45).toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static CliRunner.Result summary(String... args) {
        List<String> all = new java.util.ArrayList<>(List.of("reports", "summary", "history", "--from", FROM.toString(),
                "--to", TO.toString()));
        all.addAll(List.of(args));
        return new CliRunner().workDir(temp).run(all.toArray(String[]::new));
    }

    @Test
    void figuresAreTheGeneratedSales() {
        var r = summary("--format", "csv", "--by", "territory");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        int units = 0;
        int refunded = 0;
        Map<String, BigDecimal> proceeds = new TreeMap<>();
        for (LocalDate d = FROM; !d.isAfter(TO); d = d.plusDays(1)) {
            for (SalesHistory.Sale s : sandbox.reports().history().day(d)) {
                units += s.units();
                refunded += s.units() < 0 ? -s.units() : 0;
                proceeds.merge(s.territory().currency(), s.proceedsTotal(), BigDecimal::add);
            }
        }
        BigDecimal usd = proceeds.entrySet().stream().map(e -> e.getValue().multiply(ReportFiles.usdRate(e.getKey())))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2, RoundingMode.HALF_UP);
        String total = r.outLines().get(r.outLines().size() - 1);
        StringBuilder expected = new StringBuilder("total," + units + "," + refunded + "," + usd.toPlainString());
        proceeds.forEach((c, v) -> expected.append(',').append(v.setScale(c.equals("JPY") ? 0 : 2,
                RoundingMode.HALF_UP).toPlainString()));
        assertThat(total).isEqualTo(expected.toString());
        assertThat(r.outLines().get(0)).startsWith("territory,units,refunded,proceeds_in_usd,proceeds_aud");
        assertThat(r.outLines().get(1)).as("the territory earning most first").startsWith("US,");
    }

    @Test
    void markdownWithChartsBesideItAndHtmlWithThemInside() throws IOException {
        var md = summary("--by", "app");
        assertThat(md.exitCode()).as(md.toString()).isZero();
        String text = Files.readString(temp.resolve("history/summary.md"));
        assertThat(text).contains("# Sales " + FROM + " to " + TO).contains("| Notes Pro (NOTESPRO) |")
                .contains("![Units per day](summary-1.png)").contains("## Top territories");
        for (int i = 1; i <= 3; i++) {
            byte[] png = Files.readAllBytes(temp.resolve("history/summary-" + i + ".png"));
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            assertThat(png.length).isGreaterThan(5_000);
        }
        var html = summary("--format", "html", "--out", "week.html");
        assertThat(html.exitCode()).as(html.toString()).isZero();
        assertThat(Files.readString(temp.resolve("week.html"))).contains("<img alt=\"Proceeds by territory (USD)\""
                + " src=\"data:image/png;base64,iVBORw0KGgo");
    }

    @Test
    void badInputIsAClearMessage() {
        var r = new CliRunner().workDir(temp).run("reports", "summary", "history", "--by", "week");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("--by 'week' is not one of app, territory, product, day.");
        var empty = new CliRunner().workDir(temp).run("reports", "summary", "nowhere");
        assertThat(empty.exitCode()).isEqualTo(1);
        assertThat(empty.err()).contains("has no daily sales reports: sync them first");
    }
}
