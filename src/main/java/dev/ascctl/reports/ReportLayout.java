package dev.ascctl.reports;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What ascctl reads in a report file, by column NAME (never by position: Apple adds and reorders columns between
 * versions): the columns a layout must have, and each known column's type. Names are Apple's, from the App Store
 * Connect Help pages "Summary Sales Report", "Subscriber report" and "Financial report fields".
 *
 * <p>A report of a type ascctl has no layout for ({@link #OTHER}) is still downloaded and converted: its columns are
 * typed by name where known, text otherwise.
 */
public enum ReportLayout {
    /** SALES SUMMARY, versions 1_0 to 1_3 (the columns ascctl reads are in all of them). */
    SALES_SUMMARY(List.of("SKU", "Title", "Product Type Identifier", "Units", "Developer Proceeds", "Begin Date",
            "End Date", "Country Code", "Currency of Proceeds", "Customer Price")),
    /** SUBSCRIBER DETAILED (daily), version 1_3. */
    SUBSCRIBER_DETAILED(List.of("Event Date", "App Name", "Subscription Name", "Developer Proceeds",
            "Proceeds Currency", "Country", "Units")),
    /** FINANCIAL, a region or ZZ. */
    FINANCIAL(List.of("Start Date", "End Date", "Vendor Identifier", "Quantity", "Partner Share",
            "Extended Partner Share", "Partner Share Currency", "Sale or Return", "Title", "Country Of Sale")),
    /** FINANCE_DETAIL, region Z1. */
    FINANCE_DETAIL(List.of("Transaction Date", "SKU", "Title", "Country of Sale", "Quantity", "Partner Share",
            "Extended Partner Share", "Partner Share Currency", "Sale or Return")),
    /** Any other sales report type: typed by name where known. */
    OTHER(List.of());

    /** A column's value type. */
    public enum Type { TEXT, INTEGER, DECIMAL, DATE }

    private static final Map<String, Type> TYPES = Map.ofEntries(
            Map.entry("Units", Type.DECIMAL), Map.entry("Developer Proceeds", Type.DECIMAL),
            Map.entry("Customer Price", Type.DECIMAL), Map.entry("Partner Share", Type.DECIMAL),
            Map.entry("Extended Partner Share", Type.DECIMAL), Map.entry("Quantity", Type.INTEGER),
            Map.entry("Apple Identifier", Type.INTEGER), Map.entry("App Apple ID", Type.INTEGER),
            Map.entry("Subscription Apple ID", Type.INTEGER), Map.entry("Subscription Group ID", Type.INTEGER),
            Map.entry("Begin Date", Type.DATE), Map.entry("End Date", Type.DATE), Map.entry("Start Date", Type.DATE),
            Map.entry("Transaction Date", Type.DATE), Map.entry("Settlement Date", Type.DATE),
            Map.entry("Event Date", Type.DATE), Map.entry("Purchase Date", Type.DATE),
            Map.entry("Earned", Type.DECIMAL), Map.entry("Pre-Tax Subtotal", Type.DECIMAL),
            Map.entry("Input Tax", Type.DECIMAL), Map.entry("Adjustments", Type.DECIMAL),
            Map.entry("Withholding Tax", Type.DECIMAL), Map.entry("Total Owed", Type.DECIMAL),
            Map.entry("Exchange Rate", Type.DECIMAL), Map.entry("Proceeds", Type.DECIMAL));

    private final List<String> required;

    ReportLayout(List<String> required) {
        this.required = required;
    }

    /** The columns a file of this layout must have; a file without one of them is refused by name. */
    public List<String> required() {
        return required;
    }

    /** The type of a column, by its name; TEXT for names ascctl does not know. */
    public static Type type(String column) {
        return TYPES.getOrDefault(column, Type.TEXT);
    }

    /** The layout of a sales report type and sub-type. */
    public static ReportLayout ofSales(String reportType, String subType) {
        if (reportType.equals("SALES") && subType.equals("SUMMARY")) {
            return SALES_SUMMARY;
        }
        return reportType.equals("SUBSCRIBER") && subType.equals("DETAILED") ? SUBSCRIBER_DETAILED : OTHER;
    }

    /** Whether a header row is this layout's: it names every required column (OTHER: any non-empty header). */
    public boolean isHeader(Set<String> cells) {
        return required.isEmpty() ? cells.size() > 1 : cells.containsAll(required);
    }
}
