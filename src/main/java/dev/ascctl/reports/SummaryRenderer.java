package dev.ascctl.reports;

import dev.ascctl.reports.ReportSummary.Line;
import dev.ascctl.reports.ReportSummary.Summary;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The summary as markdown (charts as images beside it), CSV (one line per group) or HTML (charts embedded). */
public final class SummaryRenderer {
    private SummaryRenderer() {
    }

    public static String markdown(Summary s, Map<String, String> charts) {
        StringBuilder out = new StringBuilder();
        out.append("# Sales ").append(s.from()).append(" to ").append(s.to()).append("\n\n");
        out.append("- Days with reports: ").append(s.days()).append('\n');
        out.append("- Units: ").append(s.units().toPlainString()).append(" (refunded: ")
                .append(s.refunds().toPlainString()).append(")\n");
        out.append("- Proceeds in ").append(s.currency()).append(": ").append(s.converted().toPlainString());
        if (!s.missingRates().isEmpty()) {
            out.append(" (without ").append(String.join(", ", s.missingRates())).append(": no exchange rate)");
        }
        out.append('\n');
        out.append("- Proceeds by currency: ").append(money(s.proceeds())).append('\n');
        out.append("- Refunds by currency: ").append(s.refundProceeds().isEmpty() ? "none" : money(s.refundProceeds()))
                .append("\n\n");
        table(out, "By " + s.by().name().toLowerCase(java.util.Locale.ROOT), s.lines(), s.currency());
        table(out, "Top territories", s.topTerritories(), s.currency());
        table(out, "Top products", s.topProducts(), s.currency());
        charts.forEach((title, file) -> out.append("![").append(title).append("](").append(file).append(")\n\n"));
        return out.toString();
    }

    private static void table(StringBuilder out, String title, List<Line> lines, String currency) {
        out.append("## ").append(title).append("\n\n| | units | refunded | proceeds (").append(currency)
                .append(") | proceeds by currency |\n| --- | ---: | ---: | ---: | --- |\n");
        for (Line l : lines) {
            out.append("| ").append(l.key()).append(" | ").append(l.units().toPlainString()).append(" | ")
                    .append(l.refunds().toPlainString()).append(" | ").append(l.converted().toPlainString()).append(" | ")
                    .append(money(l.proceeds())).append(" |\n");
        }
        out.append('\n');
    }

    public static String csv(Summary s) {
        StringBuilder out = new StringBuilder(s.by().name().toLowerCase(java.util.Locale.ROOT))
                .append(",units,refunded,proceeds_in_").append(s.currency().toLowerCase(java.util.Locale.ROOT));
        List<String> currencies = s.proceeds().keySet().stream().sorted().toList();
        currencies.forEach(c -> out.append(",proceeds_").append(c.toLowerCase(java.util.Locale.ROOT)));
        out.append('\n');
        for (Line l : s.lines()) {
            out.append(cell(l.key())).append(',').append(l.units().toPlainString()).append(',')
                    .append(l.refunds().toPlainString()).append(',').append(l.converted().toPlainString());
            currencies.forEach(c -> out.append(',').append(l.proceeds().getOrDefault(c, BigDecimal.ZERO).toPlainString()));
            out.append('\n');
        }
        out.append("total,").append(s.units().toPlainString()).append(',').append(s.refunds().toPlainString())
                .append(',').append(s.converted().toPlainString());
        currencies.forEach(c -> out.append(',').append(s.proceeds().get(c).toPlainString()));
        return out.append('\n').toString();
    }

    /** HTML with the charts embedded as base64 PNG. */
    public static String html(Summary s, Map<String, byte[]> charts) {
        StringBuilder out = new StringBuilder("<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>Sales ")
                .append(s.from()).append(" to ").append(s.to()).append("</title></head><body>\n<pre>\n")
                .append(escape(markdown(s, Map.of()))).append("</pre>\n");
        charts.forEach((title, png) -> out.append("<h2>").append(escape(title)).append("</h2>\n<img alt=\"")
                .append(escape(title)).append("\" src=\"data:image/png;base64,")
                .append(java.util.Base64.getEncoder().encodeToString(png)).append("\">\n"));
        return out.append("</body></html>\n").toString();
    }

    private static String money(Map<String, BigDecimal> byCurrency) {
        return byCurrency.entrySet().stream().map(e -> e.getValue().toPlainString() + " " + e.getKey())
                .collect(Collectors.joining(", "));
    }

    private static String cell(String v) {
        return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static String escape(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
