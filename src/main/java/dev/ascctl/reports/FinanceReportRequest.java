package dev.ascctl.reports;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.vocabulary.Vocabulary;
import java.util.List;

/**
 * A finance report ({@code GET /v1/financeReports}) of one of Apple's fiscal months, validated in the constructor:
 * FINANCIAL takes a region code (ZZ: all regions in one file) and FINANCE_DETAIL only Z1, as Apple documents.
 */
public record FinanceReportRequest(String vendorNumber, String reportType, String regionCode, String reportDate)
        implements ReportRequest {
    static final String PATH = "/v1/financeReports";

    public FinanceReportRequest {
        vendorNumber = VendorNumber.check(vendorNumber);
        List<String> types = Vocabulary.get().operation("GET", PATH).filters().get("reportType");
        if (reportType == null || !types.contains(reportType)) {
            throw new ReportInputException("--type '" + reportType + "' is not a finance report type Apple knows;"
                    + " one of: " + String.join(", ", types) + ".");
        }
        if (regionCode == null || !regionCode.matches("[A-Z][A-Z0-9]")) {
            throw new ReportInputException("--region '" + regionCode + "' is not a region code: two capitals, e.g. ZZ"
                    + " (all regions in one file), US, EU or JP; Z1 for FINANCE_DETAIL.");
        }
        if (reportType.equals("FINANCE_DETAIL") != regionCode.equals("Z1")) {
            throw new ReportInputException(reportType.equals("FINANCE_DETAIL")
                    ? "FINANCE_DETAIL reports exist only for region Z1 (--region Z1)."
                    : "Region Z1 is for FINANCE_DETAIL; FINANCIAL takes ZZ or a region such as US, EU or JP.");
        }
        if (reportDate == null || !ReportDates.validMonth(reportDate)) {
            throw new ReportInputException("--date '" + reportDate + "' is not in the form of a finance report: give"
                    + " Apple's fiscal month, YYYY-MM (e.g. 2026-02).");
        }
    }

    @Override
    public ApiQuery query() {
        return ApiQuery.of(PATH).filter("vendorNumber", vendorNumber).filter("reportType", reportType)
                .filter("regionCode", regionCode).filter("reportDate", reportDate);
    }

    @Override
    public String path() {
        return "finance/" + reportType + "_" + regionCode + "/" + reportDate + ".tsv.gz";
    }

    @Override
    public ReportLayout layout() {
        return reportType.equals("FINANCE_DETAIL") ? ReportLayout.FINANCE_DETAIL : ReportLayout.FINANCIAL;
    }

    @Override
    public String describe() {
        return reportType + " " + regionCode + " " + reportDate;
    }
}
