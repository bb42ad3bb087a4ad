package dev.ascctl.cli;

import dev.ascctl.reports.FinanceReportRequest;
import dev.ascctl.reports.ReportConverter;
import dev.ascctl.reports.ReportDates;
import dev.ascctl.reports.ReportDownloads;
import dev.ascctl.reports.ReportInputException;
import dev.ascctl.reports.ReportRequest;
import dev.ascctl.reports.ReportSync;
import dev.ascctl.reports.ReportSummary;
import dev.ascctl.reports.SummaryCharts;
import dev.ascctl.reports.SummaryRenderer;
import dev.ascctl.reports.SalesReportRequest;
import dev.ascctl.workflow.Connections;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ascctl reports ...}: Apple's sales and finance reports, beside the reconciler, through the same client
 * (credentials, retries, request budget). Thin: the request is built (and refused, before any request, when wrong) by
 * {@code dev.ascctl.reports}; this parses options and writes the file.
 */
@Command(name = "reports", description = "Sales, finance and analytics reports: download one, sync a history,"
        + " summarise it.",
        subcommands = {ReportsCommand.Sales.class, ReportsCommand.Finance.class, ReportsCommand.Sync.class,
                ReportsCommand.Summary.class, ReportsAnalyticsCommand.class},
        footer = {"  ascctl reports sales --profile sandbox --date 2026-03-02",
                "  ascctl reports finance --profile sandbox --date 2026-02 --format csv",
                "  ascctl reports sync --profile sandbox --into reports/ --since 2025-11-01",
                "  ascctl reports analytics sync --profile sandbox --into reports/"})
final class ReportsCommand {

    /** {@code --vendor}: Apple's vendor number of the reports. */
    static final class VendorOption {
        @Option(names = "--vendor", paramLabel = "NUMBER", description = "Your vendor number, e.g. 85012345."
                + " Default: ASC_VENDOR_NUMBER, else vendorNumber of the --profile.")
        String vendor;
    }

    /** Where and how a downloaded report is written. */
    static final class Output {
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "tsv", description = "tsv (Apple's file,"
                + " gunzipped), csv or json (typed columns), e.g. json. Default: ${DEFAULT-VALUE}.")
        String format;
        @Option(names = "--gzip", description = "Keep Apple's gzip file as it came (with tsv). Default: gunzipped.")
        boolean gzip;
        @Option(names = "--out", paramLabel = "FILE", description = "The file to write, e.g. sales.tsv. Default:"
                + " standard output; with --gzip, Apple's file name in the current folder.")
        Path out;
    }

    /** A reports subcommand: reaches the global options through the root of the command tree. */
    abstract static class Subcommand extends RootedCommand {
        @Mixin
        VendorOption vendorOption;

        /** --vendor, else the environment or the profile; null when none (the request refuses it then). */
        final String vendor() {
            return vendorOption.vendor != null ? vendorOption.vendor
                    : Connections.vendorNumber(root().connection()).orElse(null);
        }
    }

    /** A command that downloads one report and writes it. */
    abstract static class ReportCommand extends Subcommand {
        @Mixin
        Output output;

        /** The request, checked; no connection is opened before it is. */
        abstract ReportRequest request();

        /** Apple's file name for a gzip kept as it came, e.g. {@code S_D_85012345_20260302.txt.gz}. */
        abstract String appleFileName();

        @Override
        public Integer call() {
            ReportConverter.Format format = ReportConverter.Format.parse(output.format);
            if (output.gzip && format != ReportConverter.Format.TSV) {
                throw new ReportInputException("--gzip keeps Apple's TSV file; it does not go with --format "
                        + output.format + ".");
            }
            ReportRequest request = request();
            ReportDownloads.Outcome outcome = new ReportDownloads(Connections.open(root().connection()))
                    .download(request);
            var err = context().err();
            if (outcome instanceof ReportDownloads.NoSales none) {
                err.println("No sales in " + request.describe() + " (Apple: " + none.detail() + "); nothing written.");
                return ExitCode.OK;
            }
            if (outcome instanceof ReportDownloads.NotYet notYet) {
                throw new IllegalStateException(request.describe() + " is not available yet (Apple: " + notYet.detail()
                        + "). Try again later, or sync with ascctl reports sync, which retries it next time.");
            }
            byte[] gzip = ((ReportDownloads.File) outcome).gzip();
            ReportConverter.Format written = output.gzip ? ReportConverter.Format.GZIP : format;
            Path file = output.out != null ? context().workDir().resolve(output.out)
                    : output.gzip ? context().workDir().resolve(appleFileName()) : null;
            if (file == null) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                ReportConverter.write(gzip, written, request.layout(), request.describe(), buffer);
                context().out().print(buffer.toString(StandardCharsets.UTF_8));
                context().out().flush();
            } else {
                try (OutputStream out = Files.newOutputStream(file)) {
                    ReportConverter.write(gzip, written, request.layout(), request.describe(), out);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot write " + file, e);
                }
                err.println("Wrote " + file + " (" + request.describe() + ")");
            }
            return ExitCode.OK;
        }
    }

    @Command(name = "sales", description = "Download one Sales and Trends report.",
            footer = {"  ascctl reports sales --profile sandbox --date 2026-03-02 --format json",
                    "  ascctl reports sales --vendor 85012345 --type SALES --sub-type SUMMARY --frequency WEEKLY \\",
                    "         --date 2026-03-08 --report-version 1_0 --gzip --out week.tsv.gz",
                    "  ascctl reports sales --profile sandbox --type SUBSCRIBER --sub-type DETAILED --date 2026-03-02"})
    static final class Sales extends ReportCommand {
        @Option(names = "--type", paramLabel = "TYPE", defaultValue = "SALES", description = "Apple's report type,"
                + " e.g. SUBSCRIBER. Default: ${DEFAULT-VALUE}.")
        String type;
        @Option(names = "--sub-type", paramLabel = "SUBTYPE", defaultValue = "SUMMARY", description = "Apple's report"
                + " sub-type, e.g. DETAILED. Default: ${DEFAULT-VALUE}.")
        String subType;
        @Option(names = "--frequency", paramLabel = "FREQ", defaultValue = "DAILY", description = "DAILY, WEEKLY,"
                + " MONTHLY or YEARLY, e.g. WEEKLY. Default: ${DEFAULT-VALUE}.")
        String frequency;
        @Option(names = "--date", paramLabel = "DATE", description = "The report's day (YYYY-MM-DD), week (its Sunday),"
                + " month (YYYY-MM) or year (YYYY), e.g. 2026-03-02. Default: the newest Apple has.")
        String date;
        @Option(names = "--report-version", paramLabel = "VERSION", description = "Apple's report version, e.g. 1_0."
                + " Default: Apple's for the type.")
        String version;

        @Override
        ReportRequest request() {
            return new SalesReportRequest(vendor(), type, subType, frequency, date, version);
        }

        @Override
        String appleFileName() {
            SalesReportRequest r = (SalesReportRequest) request();
            return r.reportType().charAt(0) + "_" + r.frequency().charAt(0) + "_" + r.vendorNumber() + "_"
                    + (r.reportDate() == null ? "latest" : r.reportDate().replace("-", "")) + ".txt.gz";
        }
    }

    @Command(name = "finance", description = "Download one finance report (an Apple fiscal month).",
            footer = {"  ascctl reports finance --profile sandbox --date 2026-02 --format csv --out february.csv",
                    "  ascctl reports finance --vendor 85012345 --type FINANCE_DETAIL --region Z1 --date 2026-02 --gzip"})
    static final class Finance extends ReportCommand {
        @Option(names = "--type", paramLabel = "TYPE", defaultValue = "FINANCIAL", description = "FINANCIAL or"
                + " FINANCE_DETAIL, e.g. FINANCE_DETAIL. Default: ${DEFAULT-VALUE}.")
        String type;
        @Option(names = "--region", paramLabel = "CODE", defaultValue = "ZZ", description = "Apple's region code, e.g."
                + " EU; ZZ is every region in one file, Z1 the detailed report's. Default: ${DEFAULT-VALUE}.")
        String region;
        @Option(names = "--date", paramLabel = "MONTH", required = true, description = "Apple's fiscal month, YYYY-MM,"
                + " e.g. 2026-02. Required.")
        String date;

        @Override
        ReportRequest request() {
            return new FinanceReportRequest(vendor(), type, region, date);
        }

        @Override
        String appleFileName() {
            FinanceReportRequest r = (FinanceReportRequest) request();
            return r.vendorNumber() + "_" + r.reportDate().replace("-", "").substring(2) + "_" + r.regionCode()
                    + ".txt.gz";
        }
    }

    @Command(name = "sync", description = "Keep a local history: download every sales and finance report not yet in"
            + " the folder.",
            footer = {"  ascctl reports sync --profile sandbox --into reports/",
                    "  ascctl reports sync --vendor 85012345 --into reports/ --since 2025-11-01 --detailed --reserve 500",
                    "",
                    "A report Apple has not produced yet is recorded as pending and asked again next time. A run stops",
                    "before the hour's request budget goes below --reserve, says where it resumes, and exits 0."})
    static final class Sync extends Subcommand {
        @Option(names = "--into", paramLabel = "DIR", required = true, description = "The folder of the history, with"
                + " its manifest.json, e.g. reports/. Required.")
        Path into;
        @Option(names = "--since", paramLabel = "DATE", description = "The first day, YYYY-MM-DD, e.g. 2025-11-01."
                + " Default: a year before today (Apple keeps daily reports about that long).")
        String since;
        @Option(names = "--detailed", description = "Also SUBSCRIBER DETAILED daily and FINANCE_DETAIL reports (one"
                + " more request a day). Default: sales summaries and FINANCIAL only.")
        boolean detailed;
        @Option(names = "--reserve", paramLabel = "N", defaultValue = "100", description = "Requests of the hour left"
                + " for other jobs with the same key, e.g. 500. Default: ${DEFAULT-VALUE}.")
        int reserve;

        @Override
        public Integer call() {
            Clock clock = Clock.systemUTC();
            LocalDate today = LocalDate.now(clock);
            LocalDate first;
            if (since == null) {
                first = today.minusYears(1);
            } else {
                ReportDates.check("DAILY", since, "--since");
                first = LocalDate.parse(since);
            }
            var options = new ReportSync.Options(vendor(), first, detailed, reserve);
            ReportSync.wanted(options, today); // refuses a bad period before connecting
            Path dir = context().workDir().resolve(into).normalize();
            var err = context().err();
            var result = new ReportSync(Connections.open(root().connection()), clock)
                    .run(dir, options, err::println);
            context().out().println("Reports in " + dir + ": " + result.wanted() + " wanted, " + result.alreadyKept()
                    + " already kept, " + result.downloaded() + " downloaded, " + result.pending() + " pending (not"
                    + " produced yet; asked again next time), " + result.noSales() + " without sales; "
                    + result.requests() + " requests.");
            result.stoppedAt().ifPresent(next -> context().out().println("Stopped: " + (result.stopReason() == null
                    ? "not every report was asked" : result.stopReason()) + ". The next run resumes at " + next
                    + ": run the same command again (later, when the budget allows)."));
            return ExitCode.OK;
        }
    }

    @Command(name = "summary", description = "Summarise a synced folder: units, proceeds, refunds, top territories and"
            + " products, with charts.",
            footer = {"  ascctl reports summary reports/ --from 2026-03-02 --to 2026-03-08 --by territory",
                    "  ascctl reports summary reports/ --format html --currency EUR --out week.html",
                    "  ascctl reports summary reports/ --by day --format csv"})
    static final class Summary extends RootedCommand {
        @picocli.CommandLine.Parameters(paramLabel = "DIR", description = "The folder reports sync filled, e.g."
                + " reports/.")
        Path dir;
        @Option(names = "--from", paramLabel = "DATE", description = "First day, e.g. 2026-03-02. Default: six days"
                + " before --to (a week).")
        String from;
        @Option(names = "--to", paramLabel = "DATE", description = "Last day, e.g. 2026-03-08. Default: the newest"
                + " daily report in DIR.")
        String to;
        @Option(names = "--by", paramLabel = "GROUP", defaultValue = "app", description = "app, territory, product or"
                + " day, e.g. territory. Default: ${DEFAULT-VALUE}.")
        String by;
        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "markdown", description = "markdown (PNG"
                + " charts beside it), html (charts inside) or csv, e.g. html. Default: ${DEFAULT-VALUE}.")
        String format;
        @Option(names = "--currency", paramLabel = "CODE", defaultValue = "USD", description = "The one currency"
                + " proceeds are added up in, with the finance reports' exchange rates, e.g. EUR. Default:"
                + " ${DEFAULT-VALUE}.")
        String currency;
        @Option(names = "--out", paramLabel = "FILE", description = "The file to write, e.g. week.md. Default:"
                + " standard output (markdown: summary.md in DIR, beside its charts).")
        Path out;

        @Override
        public Integer call() throws IOException {
            CliContext context = context();
            Path folder = context.workDir().resolve(dir).normalize();
            ReportSummary.By group;
            try {
                group = ReportSummary.By.valueOf(by.toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ReportInputException("--by '" + by + "' is not one of app, territory, product, day.");
            }
            if (!java.util.List.of("markdown", "html", "csv").contains(format)) {
                throw new ReportInputException("--format '" + format + "' is not one of markdown, html, csv.");
            }
            LocalDate last = to != null ? LocalDate.parse(ReportDates.check("DAILY", to, "--to")) : newest(folder);
            LocalDate first = from != null ? LocalDate.parse(ReportDates.check("DAILY", from, "--from"))
                    : last.minusDays(6);
            ReportSummary.Summary summary = ReportSummary.of(folder, first, last, group,
                    currency.toUpperCase(java.util.Locale.ROOT));
            String text;
            Path file = out == null ? null : context.workDir().resolve(out);
            if (format.equals("csv")) {
                text = SummaryRenderer.csv(summary);
            } else if (format.equals("html")) {
                text = SummaryRenderer.html(summary, SummaryCharts.draw(summary));
            } else {
                file = file != null ? file : folder.resolve("summary.md");
                java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
                int i = 0;
                for (var chart : SummaryCharts.draw(summary).entrySet()) {
                    String name = "summary-" + (++i) + ".png";
                    Files.write(file.resolveSibling(name), chart.getValue());
                    names.put(chart.getKey(), name);
                }
                text = SummaryRenderer.markdown(summary, names);
            }
            if (file == null) {
                context.out().print(text);
            } else {
                Files.writeString(file, text);
                context.err().println("Wrote " + file);
            }
            return ExitCode.OK;
        }

        private static LocalDate newest(Path folder) throws IOException {
            Path daily = folder.resolve("sales/SALES_SUMMARY/DAILY");
            if (!Files.isDirectory(daily)) {
                throw new ReportInputException(folder + " has no daily sales reports: sync them first (ascctl reports"
                        + " sync --into " + folder + ").");
            }
            try (var files = Files.list(daily)) {
                return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tsv.gz")).sorted()
                        .reduce((a, b) -> b).map(n -> LocalDate.parse(n.substring(0, 10)))
                        .orElseThrow(() -> new ReportInputException(folder + " has no daily sales reports."));
            }
        }
    }
}
