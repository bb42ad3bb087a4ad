package dev.ascctl.sandbox.reports;

import dev.ascctl.sandbox.reports.SalesHistory.Product;
import dev.ascctl.sandbox.reports.SalesHistory.Sale;
import dev.ascctl.sandbox.reports.SalesHistory.Territory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Apple's report files as tab-separated text with a header row, one layout per report type, sub-type and version.
 * Column names and their order are Apple's; where each layout comes from is written next to it. Dates inside sales
 * and finance files are {@code MM/DD/YYYY}, subscriber events {@code YYYY-MM-DD}, as Apple writes them.
 */
public final class ReportFiles {
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final String DEVELOPER = "Example Developer";

    /**
     * SALES / SUMMARY, version 1_0 (DAILY, WEEKLY, MONTHLY, YEARLY): App Store Connect Help, "Summary Sales Report"
     * (developer.apple.com/help/app-store-connect/reference/summary-sales-report), the field table; the same 28 names
     * in this order are what open-source readers of the API's files parse (e.g. appstore-sdk-go's SalesReport).
     */
    public static final List<String> SALES_SUMMARY_1_0 = List.of("Provider", "Provider Country", "SKU", "Developer",
            "Title", "Version", "Product Type Identifier", "Units", "Developer Proceeds", "Begin Date", "End Date",
            "Customer Currency", "Country Code", "Currency of Proceeds", "Apple Identifier", "Customer Price",
            "Promo Code", "Parent Identifier", "Subscription", "Period", "Category", "CMB", "Device",
            "Supported Platforms", "Proceeds Reason", "Preserved Pricing", "Client", "Order Type");

    /**
     * SUBSCRIBER / DETAILED / DAILY, version 1_3: App Store Connect Help, "Subscriber report" field table; the same 26
     * names are the header open-source loaders of version 1_3 files declare.
     */
    public static final List<String> SUBSCRIBER_DETAILED_1_3 = List.of("Event Date", "App Name", "App Apple ID",
            "Subscription Name", "Subscription Apple ID", "Subscription Group ID", "Standard Subscription Duration",
            "Subscription Offer Name", "Promotional Offer ID", "Subscription Offer Type", "Subscription Offer Duration",
            "Marketing Opt-In Duration", "Customer Price", "Customer Currency", "Developer Proceeds", "Proceeds Currency",
            "Preserved Pricing", "Proceeds Reason", "Client", "Device", "Country", "Subscriber ID",
            "Subscriber ID Reset", "Refund", "Purchase Date", "Units");

    /**
     * FINANCIAL (a region, or ZZ for all in one file): App Store Connect Help, "Financial report fields", the
     * "All Countries or Regions (Single File, Multiple File)" table. Apple ends these files with a per-country
     * block headed {@code Country Of Sale, Partner Share Currency, Quantity, Extended Partner Share} (seen in real
     * files, quoted by open-source parsers that skip it).
     */
    public static final List<String> FINANCIAL = List.of("Start Date", "End Date", "UPC", "ISRC/ISBN",
            "Vendor Identifier", "Quantity", "Partner Share", "Extended Partner Share", "Partner Share Currency",
            "Sale or Return", "Apple Identifier", "Artist/Show/Developer/Author", "Title",
            "Label/Studio/Network/Developer/Publisher", "Grid", "Product Type Identifier", "ISAN/Other Identifier",
            "Country Of Sale", "Pre-order Flag", "Promo Code", "Customer Price", "Customer Currency");

    /**
     * The sandbox's exchange-rate block at the end of a ZZ file, in the columns of App Store Connect's Payments
     * "financial report" summary (Earned ... Exchange Rate, Proceeds, Bank Account Currency). Whether the API's ZZ
     * file carries it is not documented; the client reads it by these names when present and takes
     * {@code --rate CUR=X} otherwise.
     */
    public static final List<String> PAYMENT_SUMMARY = List.of("Country or Region (Currency)", "Earned",
            "Pre-Tax Subtotal", "Input Tax", "Adjustments", "Withholding Tax", "Total Owed", "Exchange Rate", "Proceeds",
            "Bank Account Currency");

    /**
     * FINANCE_DETAIL (region Z1 only): App Store Connect Help, "Financial report fields", the detailed report; real
     * files open with {@code Vendor Name}, {@code Start Date} and {@code End Date} lines before the header (quoted by
     * open-source importers), which the sandbox sends too so that readers find the header by name.
     */
    public static final List<String> FINANCE_DETAIL = List.of("Transaction Date", "Settlement Date",
            "Apple Identifier", "SKU", "Title", "Developer Name", "Product Type Identifier", "Country of Sale",
            "Quantity", "Partner Share", "Extended Partner Share", "Partner Share Currency", "Customer Price",
            "Customer Currency", "Sale or Return", "Promo Code", "Order Type", "Region");

    private ReportFiles() {
    }

    /** One row per product, territory and sale-or-refund, units summed over the period; per-unit money as Apple. */
    public static String salesSummary(ReportPeriod period, List<Sale> sales) {
        StringBuilder out = header(SALES_SUMMARY_1_0);
        for (Sale s : aggregate(sales)) {
            Product p = s.product();
            Territory t = s.territory();
            row(out, "APPLE", "US", p.sku(), DEVELOPER, p.title(), p.parentSku().isEmpty() ? "1.0" : " ",
                    p.productType(), Integer.toString(s.units()), plain(s.proceedsPerUnit()),
                    US_DATE.format(period.first()), US_DATE.format(period.last()), t.currency(), t.code(),
                    t.currency(), Long.toString(p.appleId()), plain(s.customerPrice()), " ", p.parentSku().isEmpty()
                            ? " " : p.parentSku(), p.isSubscription() ? "Renewal" : " ", p.subscriptionPeriod().isEmpty()
                            ? " " : p.subscriptionPeriod(), p.category(), " ", "iPhone", "iOS", " ", " ", " ", " ");
        }
        return out.toString();
    }

    /** One row per subscription purchase or refund of the day. */
    public static String subscriberDetailed(LocalDate day, List<Sale> sales) {
        StringBuilder out = header(SUBSCRIBER_DETAILED_1_3);
        Map<String, Product> apps = new LinkedHashMap<>();
        SalesHistory.PRODUCTS.forEach(p -> apps.put(p.sku(), p));
        for (Sale s : sales) {
            if (!s.product().isSubscription()) {
                continue;
            }
            Product app = apps.get(s.product().parentSku());
            for (int i = 0; i < Math.abs(s.units()); i++) {
                String subscriber = Long.toString(Math.abs((day.toEpochDay() * 7919 + s.territory().code().hashCode()) * 31
                        + i) % 9_000_000_000L + 1_000_000_000L);
                row(out, day.toString(), app.title(), Long.toString(app.appleId()), s.product().title(),
                        Long.toString(s.product().appleId()), "20000001", s.product().subscriptionPeriod(), "", "",
                        "", "", "", plain(s.customerPrice()), s.territory().currency(), plain(s.proceedsPerUnit()),
                        s.territory().currency(), "", "", "", "iPhone", s.territory().code(), subscriber, "",
                        s.isRefund() ? "Yes" : "", day.toString(), s.isRefund() ? "-1" : "1");
            }
        }
        return out.toString();
    }

    /** The month's paid lines (free downloads earn nothing and are not in finance reports), per-country totals, rates. */
    public static String financial(ReportPeriod month, List<Sale> sales, boolean withRates) {
        StringBuilder out = header(FINANCIAL);
        Map<String, BigDecimal[]> byCountry = new TreeMap<>();
        Map<String, BigDecimal> byCurrency = new TreeMap<>();
        for (Sale s : aggregate(paid(sales))) {
            Product p = s.product();
            Territory t = s.territory();
            BigDecimal extended = s.proceedsTotal();
            row(out, US_DATE.format(month.first()), US_DATE.format(month.last()), "", p.sku(), p.sku(),
                    Integer.toString(s.units()), plain(s.proceedsPerUnit()), plain(extended), t.currency(),
                    s.isRefund() ? "R" : "S", Long.toString(p.appleId()), DEVELOPER, p.title(), "", "", p.productType(),
                    "", t.code(), "", "", plain(s.customerPrice()), t.currency());
            BigDecimal[] totals = byCountry.computeIfAbsent(t.code() + "\t" + t.currency(),
                    k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            totals[0] = totals[0].add(BigDecimal.valueOf(s.units()));
            totals[1] = totals[1].add(extended);
            byCurrency.merge(t.currency(), extended, BigDecimal::add);
        }
        out.append('\n');
        row(out, "Country Of Sale", "Partner Share Currency", "Quantity", "Extended Partner Share");
        byCountry.forEach((key, totals) -> out.append(key).append('\t').append(plain(totals[0])).append('\t')
                .append(plain(totals[1])).append('\n'));
        if (withRates) {
            out.append('\n');
            row(out, PAYMENT_SUMMARY.toArray(String[]::new));
            byCurrency.forEach((currency, earned) -> {
                BigDecimal rate = usdRate(currency);
                String owed = plain(earned);
                row(out, currency + " (" + currency + ")", owed, owed, "0", "0", "0", owed, rate.toPlainString(),
                        plain(earned.multiply(rate).setScale(2, RoundingMode.HALF_UP)), "USD");
            });
        }
        return out.toString();
    }

    /** One row per paid sale or refund line of each day of the month. */
    public static String financeDetail(ReportPeriod month, List<Sale> sales, String vendorNumber) {
        StringBuilder out = new StringBuilder();
        row(out, "Vendor Name", DEVELOPER + " (" + vendorNumber + ")");
        row(out, "Start Date", US_DATE.format(month.first()));
        row(out, "End Date", US_DATE.format(month.last()));
        out.append(header(FINANCE_DETAIL));
        for (Sale s : paid(sales)) {
            Territory t = s.territory();
            row(out, US_DATE.format(s.day()), US_DATE.format(month.last()), Long.toString(s.product().appleId()),
                    s.product().sku(), s.product().title(), DEVELOPER, s.product().productType(), t.code(),
                    Integer.toString(s.units()), plain(s.proceedsPerUnit()), plain(s.proceedsTotal()), t.currency(),
                    plain(s.customerPrice()), t.currency(), s.isRefund() ? "R" : "S", "", "", region(t));
        }
        return out.toString();
    }

    /** USD per unit of the currency, as the sandbox's payments convert (six decimals, like Apple's rates). */
    public static BigDecimal usdRate(String currency) {
        return SalesHistory.TERRITORIES.stream().filter(t -> t.currency().equals(currency)).findFirst()
                .map(t -> BigDecimal.ONE.divide(t.usdToLocal(), 6, RoundingMode.HALF_UP))
                .orElseThrow(() -> new IllegalArgumentException(currency));
    }

    /** Apple's financial report region a territory is paid in. */
    static String region(Territory t) {
        return switch (t.currency()) {
            case "USD" -> "Americas";
            case "EUR" -> "Euro-Zone";
            case "GBP" -> "United Kingdom";
            case "JPY" -> "Japan";
            case "AUD" -> "Australia";
            case "CAD" -> "Canada";
            case "CHF" -> "Switzerland";
            default -> "Rest of World";
        };
    }

    private static List<Sale> paid(List<Sale> sales) {
        return sales.stream().filter(s -> s.product().usdPrice().signum() > 0).toList();
    }

    /** Sums units per product, territory and sale-or-refund, in first-seen order. */
    static List<Sale> aggregate(List<Sale> sales) {
        Map<String, Sale> sums = new LinkedHashMap<>();
        for (Sale s : sales) {
            String key = s.product().sku() + "|" + s.territory().code() + "|" + s.isRefund();
            sums.merge(key, s, (a, b) -> new Sale(a.day(), a.product(), a.territory(), a.units() + b.units()));
        }
        return new ArrayList<>(sums.values());
    }

    private static StringBuilder header(List<String> columns) {
        StringBuilder out = new StringBuilder();
        row(out, columns.toArray(String[]::new));
        return out;
    }

    private static void row(StringBuilder out, String... cells) {
        out.append(String.join("\t", cells)).append('\n');
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
