package dev.ascctl.reports;

import dev.ascctl.asc.AscClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * {@code ascctl reports sync}: every sales report (SALES SUMMARY, daily, weekly, monthly, yearly) and every finance
 * report (FINANCIAL, all regions in one file) of the period not yet in the folder, with a {@link SyncManifest}. Reports
 * Apple has not produced yet are recorded as pending and asked again next time; a run stops before the hourly request
 * budget goes below {@link Options#reserve} (or when Apple says it is spent) and says which report it resumes at.
 *
 * <p>Order: finance months first (few, and they carry the exchange rates the summary needs), then the sales reports
 * oldest first, since Apple keeps them for a limited time and the oldest are lost first.
 */
public final class ReportSync {
    /**
     * @param since    the first day synced (daily reports from it, weeks/months/years ending on or after it)
     * @param detailed also SUBSCRIBER DETAILED daily and FINANCE_DETAIL reports (one more request per day and month)
     * @param reserve  requests of the hour left to other jobs: the run stops when Apple's X-Rate-Limit says fewer remain
     */
    public record Options(String vendorNumber, LocalDate since, boolean detailed, int reserve) {
        public Options {
            vendorNumber = VendorNumber.check(vendorNumber);
            if (reserve < 0) {
                throw new ReportInputException("--reserve must be 0 or more (requests left to other jobs this hour)");
            }
        }
    }

    /** What a run did. {@code stoppedAt} names the report the next run starts with, when the run stopped early. */
    public record Result(int wanted, int alreadyKept, int downloaded, int pending, int noSales, long requests,
                         Optional<String> stoppedAt, String stopReason) {
    }

    private final AscClient client;
    private final Clock clock;

    public ReportSync(AscClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** Every report of the period, in the order they are fetched. */
    public static List<ReportRequest> wanted(Options o, LocalDate today) {
        LocalDate last = today.minusDays(1);
        if (o.since().isAfter(last)) {
            throw new ReportInputException("--since " + o.since() + " is not before today (" + today + "): Apple's"
                    + " newest reports are yesterday's.");
        }
        List<ReportRequest> all = new ArrayList<>();
        for (YearMonth m = YearMonth.from(o.since()); !m.atEndOfMonth().isAfter(last); m = m.plusMonths(1)) {
            all.add(new FinanceReportRequest(o.vendorNumber(), "FINANCIAL", "ZZ", m.toString()));
            if (o.detailed()) {
                all.add(new FinanceReportRequest(o.vendorNumber(), "FINANCE_DETAIL", "Z1", m.toString()));
            }
        }
        for (LocalDate d = o.since(); !d.isAfter(last); d = d.plusDays(1)) {
            all.add(sales(o, "DAILY", d.toString()));
            if (o.detailed()) {
                all.add(new SalesReportRequest(o.vendorNumber(), "SUBSCRIBER", "DETAILED", "DAILY", d.toString(), null));
            }
        }
        for (LocalDate s = o.since().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)); !s.isAfter(last);
             s = s.plusWeeks(1)) {
            all.add(sales(o, "WEEKLY", s.toString()));
        }
        for (YearMonth m = YearMonth.from(o.since()); !m.atEndOfMonth().isAfter(last); m = m.plusMonths(1)) {
            all.add(sales(o, "MONTHLY", m.toString()));
        }
        for (Year y = Year.from(o.since()); !y.atMonth(12).atEndOfMonth().isAfter(last); y = y.plusYears(1)) {
            all.add(sales(o, "YEARLY", y.toString()));
        }
        return all;
    }

    private static ReportRequest sales(Options o, String frequency, String date) {
        return new SalesReportRequest(o.vendorNumber(), "SALES", "SUMMARY", frequency, date, null);
    }

    public Result run(Path dir, Options options, Consumer<String> progress) {
        List<ReportRequest> wanted = wanted(options, LocalDate.now(clock));
        SyncManifest manifest = SyncManifest.load(dir, options.vendorNumber());
        List<ReportRequest> todo = wanted.stream().filter(r -> !manifest.has(r.path())).toList();
        long requestsBefore = client.stats().requests();
        AtomicInteger downloaded = new AtomicInteger();
        AtomicInteger noSales = new AtomicInteger();
        RequestReserve budget = new RequestReserve(client, options.reserve());
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        boolean[] done = new boolean[todo.size()];
        ReportDownloads downloads = new ReportDownloads(client);
        budget.runEach(todo.size(), "report-sync", index -> {
            if (failure.get() != null || !budget.take()) {
                return;
            }
            ReportRequest request = todo.get(index);
            try {
                ReportDownloads.Outcome outcome = downloads.download(request);
                if (outcome instanceof ReportDownloads.File file) {
                    manifest.keep(request.path(), file.gzip(), clock.instant());
                    downloaded.incrementAndGet();
                } else if (outcome instanceof ReportDownloads.NoSales) {
                    manifest.noSales(request.path(), clock.instant());
                    noSales.incrementAndGet();
                } else if (outcome instanceof ReportDownloads.NotYet notYet) {
                    manifest.pending(request.path(), notYet.detail(), clock.instant());
                }
                done[index] = true;
                int n = downloaded.get();
                if (n > 0 && n % 50 == 0) {
                    manifest.save();
                    progress.accept("  " + n + " downloaded...");
                }
            } catch (RuntimeException e) {
                if (!budget.stopFor(e)) {
                    failure.compareAndSet(null, e);
                }
            } finally {
                budget.release();
            }
        }, failure);
        manifest.save(); // whatever happened, what was written is recorded
        if (failure.get() != null) {
            throw failure.get();
        }
        Optional<String> resumeAt = Optional.empty();
        for (int i = 0; i < todo.size(); i++) {
            if (!done[i]) {
                resumeAt = Optional.of(todo.get(i).describe());
                break;
            }
        }
        int pendingCount = (int) wanted.stream().filter(r -> manifest.pendingReports().containsKey(r.path())).count();
        return new Result(wanted.size(), wanted.size() - todo.size(), downloaded.get(), pendingCount, noSales.get(),
                client.stats().requests() - requestsBefore, resumeAt, budget.stopReason());
    }
}
