package dev.ascctl.reports;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.vocabulary.Vocabulary;
import java.util.List;

/**
 * A Sales and Trends report ({@code GET /v1/salesReports}), validated in the constructor against Apple's vocabulary
 * (report types, sub-types and frequencies are the spec's enums) and the date form of the frequency.
 *
 * @param reportDate null for the newest report Apple has
 * @param version    null for Apple's default version of the report type
 */
public record SalesReportRequest(String vendorNumber, String reportType, String subType, String frequency,
                                 String reportDate, String version) implements ReportRequest {
    static final String PATH = "/v1/salesReports";

    public SalesReportRequest {
        vendorNumber = VendorNumber.check(vendorNumber);
        reportType = oneOf("reportType", "--type", reportType);
        subType = oneOf("reportSubType", "--sub-type", subType);
        frequency = oneOf("frequency", "--frequency", frequency);
        if (reportDate != null) {
            ReportDates.check(frequency, reportDate, "--date");
        }
        if (version != null && !version.matches("\\d+_\\d+")) {
            throw new ReportInputException("--version '" + version + "' is not a report version: give it as Apple"
                    + " writes it, e.g. 1_0 or 1_3.");
        }
    }

    /** The values the spec allows for a filter of {@code GET /v1/salesReports}. */
    static List<String> allowed(String filter) {
        return Vocabulary.get().operation("GET", PATH).filters().get(filter);
    }

    private static String oneOf(String filter, String option, String value) {
        List<String> allowed = allowed(filter);
        if (value == null || !allowed.contains(value)) {
            throw new ReportInputException(option + " '" + value + "' is not a sales report " + filter.replace("report",
                    "").toLowerCase(java.util.Locale.ROOT) + " Apple knows; one of: " + String.join(", ", allowed)
                    + ".");
        }
        return value;
    }

    @Override
    public ApiQuery query() {
        ApiQuery q = ApiQuery.of(PATH).filter("vendorNumber", vendorNumber).filter("reportType", reportType)
                .filter("reportSubType", subType).filter("frequency", frequency);
        if (reportDate != null) {
            q = q.filter("reportDate", reportDate);
        }
        return version == null ? q : q.filter("version", version);
    }

    @Override
    public String path() {
        return "sales/" + reportType + "_" + subType + "/" + frequency + "/" + (reportDate == null ? "latest"
                : reportDate) + ".tsv.gz";
    }

    @Override
    public ReportLayout layout() {
        return ReportLayout.ofSales(reportType, subType);
    }

    @Override
    public String describe() {
        return reportType + " " + subType + " " + frequency + " " + (reportDate == null ? "(newest)" : reportDate);
    }
}
