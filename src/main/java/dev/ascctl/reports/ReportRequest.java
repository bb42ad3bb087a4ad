package dev.ascctl.reports;

import dev.ascctl.asc.ApiQuery;

/** One report to download: a sales report or a finance report, checked before any request is sent. */
public sealed interface ReportRequest permits SalesReportRequest, FinanceReportRequest {
    /** The GET that downloads it. */
    ApiQuery query();

    /** The file it is kept in, relative to a sync folder: {@code sales/SALES_SUMMARY/DAILY/2026-03-02.tsv.gz}. */
    String path();

    /** The layout its columns follow. */
    ReportLayout layout();

    /** A short name for messages: {@code SALES SUMMARY DAILY 2026-03-02}. */
    String describe();
}
