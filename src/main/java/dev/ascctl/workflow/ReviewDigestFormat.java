package dev.ascctl.workflow;

import dev.ascctl.chart.Charts;
import dev.ascctl.resource.kinds.reviews.CustomerReview;
import dev.ascctl.workflow.ReviewDigest.Digest;
import dev.ascctl.workflow.ReviewDigest.LowRating;
import dev.ascctl.workflow.ReviewDigest.Period;
import dev.ascctl.workflow.ReviewDigest.Territory;
import java.awt.Color;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The digest as markdown (its chart a PNG beside it, for a pull request comment or a chat post) and as one HTML file
 * (the chart inside, for mail or a CI artifact). Both show the same rows: the totals against the period before, the
 * counts by rating and territory, the newest low ratings with their reply state, and reviews per day by rating.
 */
public final class ReviewDigestFormat {
    /** The chart's title. */
    public static final String CHART_TITLE = "Reviews per day by rating";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** The chart's colours from one star (red) to five (green), as rating widgets show them. */
    private static final List<Color> COLOURS = List.of(new Color(0xD7, 0x30, 0x27), new Color(0xFC, 0x8D, 0x59),
            new Color(0xE6, 0xC2, 0x2E), new Color(0x91, 0xCF, 0x60), new Color(0x1A, 0x98, 0x50));
    private static final int EXCERPT = 100;

    private ReviewDigestFormat() {
    }

    /** The chart: reviews per day over both periods, stacked by rating, the start of this period marked. */
    public static byte[] chart(Digest d) {
        Map<String, Map<LocalDate, Integer>> series = new LinkedHashMap<>();
        Map<String, Color> colours = new LinkedHashMap<>();
        for (int stars = 1; stars <= 5; stars++) {
            int index = stars - 1;
            Map<LocalDate, Integer> byDay = new LinkedHashMap<>();
            d.perDay().forEach((day, counts) -> byDay.put(day, counts.get(index)));
            series.put(stars + " ★", byDay);
            colours.put(stars + " ★", COLOURS.get(index));
        }
        return Charts.png(Charts.stackedPerDay(CHART_TITLE + ", " + d.bundleId(), "reviews", series, colours,
                d.current().from(), "this period"));
    }

    /** Markdown; {@code chartFile} is the PNG's name beside it, or null for none. */
    public static String markdown(Digest d, String chartFile) {
        StringBuilder out = new StringBuilder();
        out.append("# Customer reviews of ").append(d.bundleId()).append(": ").append(d.window()).append("\n\n");
        out.append(window(d)).append("\n\n");
        sections(d, new Page() {
            @Override
            public void heading(String text) {
                out.append("## ").append(text).append("\n\n");
            }

            @Override
            public void table(Table t) {
                ReviewDigestFormat.table(out, t);
            }

            @Override
            public void paragraph(String text) {
                out.append(text).append("\n\n");
            }
        });
        if (chartFile != null) {
            out.append("![").append(CHART_TITLE).append("](").append(chartFile).append(")\n");
        }
        return out.toString();
    }

    /** One HTML page with the chart embedded (base64 PNG); {@code png} null for none. */
    public static String html(Digest d, byte[] png) {
        StringBuilder out = new StringBuilder("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
                .append(escape("Customer reviews of " + d.bundleId() + ": " + d.window())).append("</title>\n")
                .append("<style>body{font-family:-apple-system,Helvetica,Arial,sans-serif;margin:2em;color:#222}")
                .append("table{border-collapse:collapse;margin:0 0 1.5em}th,td{border:1px solid #ccc;padding:4px 8px;")
                .append("text-align:left;vertical-align:top}td.n,th.n{text-align:right}th{background:#f3f3f3}")
                .append(".none{color:#b00;font-weight:bold}</style>\n</head><body>\n");
        out.append("<h1>").append(escape("Customer reviews of " + d.bundleId() + ": " + d.window())).append("</h1>\n");
        out.append("<p>").append(escape(window(d))).append("</p>\n");
        sections(d, new Page() {
            @Override
            public void heading(String text) {
                out.append("<h2>").append(escape(text)).append("</h2>\n");
            }

            @Override
            public void table(Table t) {
                htmlTable(out, t);
            }

            @Override
            public void paragraph(String text) {
                out.append("<p>").append(escape(text)).append("</p>\n");
            }
        });
        if (png != null) {
            out.append("<h2>").append(CHART_TITLE).append("</h2>\n<img alt=\"").append(CHART_TITLE)
                    .append("\" width=\"800\" height=\"400\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(png)).append("\">\n");
        }
        return out.append("</body></html>\n").toString();
    }

    /** Where the sections go: markdown or HTML. */
    private interface Page {
        void heading(String text);

        void table(Table t);

        void paragraph(String text);
    }

    /** The sections both forms show, in order, after the window: totals, by rating, by territory, low ratings. */
    private static void sections(Digest d, Page page) {
        page.table(totals(d));
        page.heading("By rating");
        page.table(byRating(d));
        page.heading("By territory");
        page.table(byTerritory(d));
        page.heading("Newest low ratings (1 and 2 stars)");
        if (d.lowRatings().isEmpty()) {
            page.paragraph("None in this period.");
        } else {
            page.table(lowRatings(d));
            page.paragraph(lowFooter(d));
        }
    }

    /** A table: header, a row saying which columns are numbers ("n") or text (""), then the rows. */
    private record Table(List<String> header, List<Boolean> numeric, List<List<String>> rows) {
    }

    private static String window(Digest d) {
        return "From " + TIME.format(d.current().from()) + " to " + TIME.format(d.current().to())
                + ", against the same length before (from " + TIME.format(d.previous().from()) + ").";
    }

    private static Table totals(Digest d) {
        Period now = d.current();
        Period then = d.previous();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Reviews", String.valueOf(now.count()), String.valueOf(then.count()),
                change(now.count(), then.count())));
        rows.add(List.of("Average rating", average(now.average()), average(then.average()),
                Double.isNaN(now.average()) || Double.isNaN(then.average()) ? "-"
                        : signed(round(now.average()) - round(then.average()))));
        rows.add(List.of("1 and 2 stars", share(now.low(), now.count()), share(then.low(), then.count()),
                change(now.low(), then.low())));
        rows.add(List.of("Answered (published or pending)", share(now.answered(), now.count()),
                share(then.answered(), then.count()), change(now.answered(), then.answered())));
        return new Table(List.of("", "this period", "period before", "change"), List.of(false, true, true, true),
                rows);
    }

    private static Table byRating(Digest d) {
        List<List<String>> rows = new ArrayList<>();
        for (int stars = 5; stars >= 1; stars--) {
            int now = d.current().byRating().get(stars - 1);
            int then = d.previous().byRating().get(stars - 1);
            rows.add(List.of(stars(stars), String.valueOf(now), String.valueOf(then), change(now, then)));
        }
        return new Table(List.of("rating", "this period", "period before", "change"), List.of(false, true, true, true),
                rows);
    }

    private static Table byTerritory(Digest d) {
        List<List<String>> rows = new ArrayList<>();
        for (Territory t : d.territories()) {
            rows.add(List.of(t.code(), String.valueOf(t.count()), average(t.average()), String.valueOf(t.low()),
                    String.valueOf(t.previousCount()), change(t.count(), t.previousCount())));
        }
        return new Table(List.of("territory", "reviews", "average", "1 and 2 stars", "period before", "change"),
                List.of(false, true, true, true, true, true), rows);
    }

    private static Table lowRatings(Digest d) {
        List<List<String>> rows = new ArrayList<>();
        for (LowRating low : d.lowRatings()) {
            CustomerReview r = low.review();
            rows.add(List.of(TIME.format(r.created()), stars(r.rating()), r.territory(), excerpt(r), r.id(),
                    low.reply().text()));
        }
        return new Table(List.of("written", "rating", "territory", "review", "id", "reply"),
                List.of(false, false, false, false, false, false), rows);
    }

    private static String lowFooter(Digest d) {
        return (d.lowNotShown() > 0 ? "And " + d.lowNotShown() + " more in this period. " : "")
                + "Reply: replied (Apple shows it), pending (sent, not published yet), approved, not applied (in"
                + " replies.yaml; apply publishes it), draft (in replies.yaml, waiting for approval), none.";
    }

    private static List<List<String>> rows(Table t) {
        List<List<String>> out = new ArrayList<>();
        out.add(t.header());
        List<String> align = new ArrayList<>();
        t.numeric().forEach(n -> align.add(n ? "---:" : "---"));
        out.add(align);
        out.addAll(t.rows());
        return out;
    }

    private static void table(StringBuilder out, Table t) {
        List<List<String>> rows = rows(t);
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = i == 1 ? rows.get(i) : rows.get(i).stream().map(ReviewDigestFormat::cell).toList();
            out.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        out.append('\n');
    }

    private static void htmlTable(StringBuilder out, Table t) {
        out.append("<table>\n<tr>");
        for (int i = 0; i < t.header().size(); i++) {
            out.append(t.numeric().get(i) ? "<th class=\"n\">" : "<th>").append(escape(t.header().get(i)))
                    .append("</th>");
        }
        out.append("</tr>\n");
        for (List<String> row : t.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String v = row.get(i);
                String cls = t.numeric().get(i) ? " class=\"n\"" : v.equals("none") ? " class=\"none\"" : "";
                out.append("<td").append(cls).append('>').append(escape(v)).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table>\n");
    }

    private static String stars(int n) {
        return "★".repeat(n) + "☆".repeat(5 - n);
    }

    private static String change(int now, int then) {
        int diff = now - then;
        String sign = diff > 0 ? "+" + diff : diff < 0 ? "−" + (-diff) : "0";
        if (then == 0) {
            return now == 0 ? "0" : sign + " (new)";
        }
        long percent = Math.round(100.0 * diff / then);
        return sign + " (" + (percent > 0 ? "+" : percent < 0 ? "−" : "") + Math.abs(percent) + " %)";
    }

    private static String signed(double diff) {
        String v = String.format(Locale.ROOT, "%.2f", Math.abs(diff));
        return v.equals("0.00") ? "0.00" : (diff > 0 ? "+" : "−") + v;
    }

    /** Two decimals, as shown: the change between two shown averages is their difference. */
    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static String average(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static String share(int part, int of) {
        return of == 0 ? String.valueOf(part) : part + " (" + Math.round(100.0 * part / of) + " %)";
    }

    /** Title and the body's start on one line, at most 100 characters. */
    private static String excerpt(CustomerReview r) {
        String text = (r.title().isBlank() ? "" : r.title() + ": ") + r.body();
        text = text.replaceAll("\\s+", " ").strip();
        if (text.codePointCount(0, text.length()) > EXCERPT) {
            text = text.substring(0, text.offsetByCodePoints(0, EXCERPT - 1)).stripTrailing() + "…";
        }
        return text;
    }

    /** A markdown table cell: a pipe would end it, and HTML in a review must show as text. */
    private static String cell(String v) {
        return v.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String escape(String v) {
        return v.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
