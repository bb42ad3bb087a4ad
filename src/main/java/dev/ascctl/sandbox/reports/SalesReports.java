package dev.ascctl.sandbox.reports;

import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.QueryParameters;
import dev.ascctl.vocabulary.Vocabulary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

/**
 * {@code GET /v1/salesReports} and {@code GET /v1/financeReports}: Apple's report files, generated from a
 * {@link SalesHistory}, gzipped, with Apple's {@code application/a-gzip} content type. Filter names and enum values
 * come from Apple's spec (the vocabulary); a missing or unknown parameter, a value outside the spec's enum, a
 * combination Apple does not produce and a date not in the frequency's form are 400 PARAMETER_ERROR answers; a report
 * not produced yet is Apple's 404 (see {@link #notAvailableYet}).
 *
 * <p>Reports exist from {@link #firstDay()} through {@link #availableThrough()} (yesterday, UTC, unless set): tests
 * move that day forward to make the next day's report appear. Thread-safe.
 */
public final class SalesReports {
    public static final String SALES_PATH = "/v1/salesReports";
    public static final String FINANCE_PATH = "/v1/financeReports";
    /** The vendor number of the sandbox's account (also in the sandbox profile of config/ascctl.yaml). */
    public static final String VENDOR_NUMBER = "85012345";
    public static final String CONTENT_TYPE = "application/a-gzip";
    /** Finance regions the sandbox answers: ZZ (all in one file), Z1 (detailed), and one per currency region. */
    private static final Set<String> FINANCE_REGIONS = Set.of("ZZ", "Z1", "US", "EU", "GB", "JP", "AU", "CA", "CH");

    private final SalesHistory history;
    private volatile LocalDate availableThrough;
    private volatile LocalDate firstDay;

    public SalesReports(SalesHistory history, LocalDate availableThrough, LocalDate firstDay) {
        this.history = Objects.requireNonNull(history, "history");
        setAvailableThrough(availableThrough);
        setFirstDay(firstDay);
    }

    /** Reports through yesterday (UTC), from two years before. */
    public static SalesReports withDefaults() {
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        return new SalesReports(new SalesHistory(SalesHistory.DEFAULT_SEED), yesterday, yesterday.minusYears(2));
    }

    public static boolean serves(String rawPath) {
        String path = rawPath.replaceAll("/+$", "");
        return path.equals(SALES_PATH) || path.equals(FINANCE_PATH);
    }

    public SalesHistory history() {
        return history;
    }

    public LocalDate availableThrough() {
        return availableThrough;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    /** The last day whose daily report exists; weeks, months and years ending by then exist too. */
    public void setAvailableThrough(LocalDate day) {
        this.availableThrough = Objects.requireNonNull(day, "availableThrough");
    }

    /** The first day with sales; earlier periods are answered "no sales". */
    public void setFirstDay(LocalDate day) {
        this.firstDay = Objects.requireNonNull(day, "firstDay");
    }

    /**
     * The gzipped report file a GET on {@link #SALES_PATH} or {@link #FINANCE_PATH} answers (sent with
     * {@link #CONTENT_TYPE}).
     *
     * @throws ApiException Apple's error document for what it refuses
     */
    public byte[] answer(String method, String rawPath, QueryParameters q) {
        String path = rawPath.replaceAll("/+$", "");
        if (!method.equals("GET")) {
            throw Errors.operationNotAllowed(path.substring(4), method, "GET");
        }
        Vocabulary.Operation op = Vocabulary.get().operation("GET", path);
        for (String name : q.names()) {
            String inner = name.startsWith("filter[") && name.endsWith("]") ? name.substring(7, name.length() - 1) : null;
            if (inner == null || !op.filters().containsKey(inner)) {
                throw Errors.illegalParameter(name);
            }
        }
        op.required().stream().filter(p -> !q.has(p) || q.get(p).isBlank()).findFirst().ifPresent(p -> {
            throw Errors.invalidParameter(p, "The parameter '" + p + "' is required.");
        });
        op.filters().forEach((name, allowed) -> {
            String p = "filter[" + name + "]";
            if (!allowed.isEmpty() && q.has(p) && !allowed.contains(q.get(p))) {
                throw Errors.invalidParameter(p, "'" + q.get(p) + "' is not a valid value for '" + p + "'. It must be"
                        + " one of " + String.join(", ", allowed) + ".");
            }
        });
        if (!VENDOR_NUMBER.equals(q.get("filter[vendorNumber]"))) {
            // Apple answers a vendor number the key's team does not have as a parameter error; the wording is ours.
            throw Errors.invalidParameter("filter[vendorNumber]", "Invalid vendor number '"
                    + q.get("filter[vendorNumber]") + "': this account's vendor number is " + VENDOR_NUMBER + ".");
        }
        byte[] text = (path.equals(SALES_PATH) ? sales(q) : finance(q)).getBytes(StandardCharsets.UTF_8);
        return gzip(text);
    }

    private String sales(QueryParameters q) {
        String type = q.get("filter[reportType]");
        String subType = q.get("filter[reportSubType]");
        String frequency = q.get("filter[frequency]");
        String version = q.has("filter[version]") ? q.get("filter[version]") : null;
        boolean salesSummary = type.equals("SALES") && subType.equals("SUMMARY");
        boolean subscriber = type.equals("SUBSCRIBER") && subType.equals("DETAILED") && frequency.equals("DAILY");
        if (!salesSummary && !subscriber) {
            throw Errors.invalidParameter("filter[reportSubType]", "Invalid combination of report type " + type
                    + ", sub type " + subType + " and frequency " + frequency + ". The sandbox serves SALES SUMMARY"
                    + " (every frequency) and SUBSCRIBER DETAILED (DAILY).");
        }
        String expected = salesSummary ? "1_0" : "1_3";
        if (version != null && !version.equals(expected)) {
            throw Errors.invalidParameter("filter[version]", "Invalid version " + version + " for " + type + " "
                    + subType + ". The version is " + expected + ".");
        }
        ReportPeriod period = period(q, frequency, "filter[reportDate]");
        List<SalesHistory.Sale> sales = days(period);
        return salesSummary ? ReportFiles.salesSummary(period, sales) : subscriberOnly(period, sales);
    }

    private String subscriberOnly(ReportPeriod period, List<SalesHistory.Sale> sales) {
        return ReportFiles.subscriberDetailed(period.first(), sales);
    }

    private String finance(QueryParameters q) {
        String type = q.get("filter[reportType]");
        String region = q.get("filter[regionCode]");
        if (!FINANCE_REGIONS.contains(region) || type.equals("FINANCE_DETAIL") != region.equals("Z1")) {
            throw Errors.invalidParameter("filter[regionCode]", "Invalid region code " + region + " for " + type
                    + ". FINANCE_DETAIL takes Z1; FINANCIAL takes ZZ or a region code such as US, EU or JP.");
        }
        ReportPeriod month = ReportPeriod.parse("MONTHLY", q.get("filter[reportDate]"))
                .orElseThrow(() -> badDate("filter[reportDate]", q.get("filter[reportDate]"), "MONTHLY"));
        // Apple closes a fiscal month and publishes its financial reports about a week later.
        if (month.last().plusDays(7).isAfter(availableThrough)) {
            throw notAvailableYet();
        }
        List<SalesHistory.Sale> sales = days(month);
        if (type.equals("FINANCE_DETAIL")) {
            return ReportFiles.financeDetail(month, sales, VENDOR_NUMBER);
        }
        List<SalesHistory.Sale> inRegion = region.equals("ZZ") ? sales
                : sales.stream().filter(s -> regionCode(s.territory()).equals(region)).toList();
        return ReportFiles.financial(month, inRegion, region.equals("ZZ"));
    }

    private static String regionCode(SalesHistory.Territory t) {
        return t.currency().equals("EUR") ? "EU" : t.code();
    }

    private ReportPeriod period(QueryParameters q, String frequency, String parameter) {
        ReportPeriod period;
        if (!q.has(parameter)) {
            period = ReportPeriod.latest(frequency, availableThrough);
        } else {
            period = ReportPeriod.parse(frequency, q.get(parameter))
                    .orElseThrow(() -> badDate(parameter, q.get(parameter), frequency));
        }
        if (period.last().isAfter(availableThrough)) {
            throw notAvailableYet();
        }
        return period;
    }

    /** The sales of the period's days from {@link #firstDay}; Apple's 404 "no sales" when none are. */
    private List<SalesHistory.Sale> days(ReportPeriod period) {
        List<SalesHistory.Sale> sales = new ArrayList<>();
        for (LocalDate d = period.first(); !d.isAfter(period.last()); d = d.plusDays(1)) {
            if (!d.isBefore(firstDay)) {
                sales.addAll(history.day(d));
            }
        }
        if (sales.isEmpty()) {
            // Observed answer for a period without sales (quoted in open-source report downloaders).
            throw new ApiException(ApiError.of(404, "NOT_FOUND", "The request expected results but none were found.",
                    "There were no sales for the date specified."));
        }
        return sales;
    }

    private static ApiException badDate(String parameter, String value, String frequency) {
        String form = switch (frequency) {
            case "DAILY" -> "YYYY-MM-DD";
            case "WEEKLY" -> "YYYY-MM-DD, a Sunday (the week's last day)";
            case "MONTHLY" -> "YYYY-MM";
            default -> "YYYY";
        };
        return Errors.invalidParameter(parameter, "Invalid report date '" + value + "' for frequency " + frequency
                + ". The date must be " + form + ".");
    }

    /**
     * Apple's answer for a report not produced yet: 404 NOT_FOUND, a status the spec does not declare for these
     * operations (asc-api-notes section 7, "observed"); the detail is the one quoted in report downloaders' issues.
     */
    static ApiException notAvailableYet() {
        return new ApiException(ApiError.of(404, "NOT_FOUND", "The request expected results but none were found.",
                "Report is not available yet. Daily reports for the Americas are available by 5 am Pacific Time;"
                        + " Japan, Australia, and New Zealand by 5 am Japan Standard Time; and 5 am Central European"
                        + " Time for all other territories."));
    }

    static byte[] gzip(byte[] text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length / 4 + 64);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
