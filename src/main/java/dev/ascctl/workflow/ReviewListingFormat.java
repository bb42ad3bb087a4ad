package dev.ascctl.workflow;

import dev.ascctl.resource.kinds.reviews.CustomerReview;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code reviews list} output: a table for people, JSON and CSV for scripts and spreadsheets. */
public final class ReviewListingFormat {
    /** The formats {@code --format} takes. */
    public static final List<String> FORMATS = List.of("table", "json", "csv");
    private static final int TITLE_WIDTH = 40;

    private ReviewListingFormat() {
    }

    public static String render(ReviewListing.Listing listing, String format) {
        return switch (format) {
            case "table" -> table(listing);
            case "json" -> json(listing);
            case "csv" -> csv(listing);
            default -> throw new IllegalArgumentException("--format must be table, json or csv, not '" + format + "'");
        };
    }

    static String table(ReviewListing.Listing listing) {
        StringBuilder out = new StringBuilder(String.format("%-10s  %-5s  %-3s  %-9s  %-" + TITLE_WIDTH + "s  %s%n",
                "DATE", "STARS", "TER", "REPLY", "TITLE", "ID"));
        long unanswered = 0;
        for (CustomerReview r : listing.reviews()) {
            unanswered += r.answered() ? 0 : 1;
            out.append(String.format("%-10s  %-5s  %-3s  %-9s  %s  %s%n", r.created().toString().substring(0, 10),
                    stars(r.rating()), r.territory(), replyState(r), pad(cut(oneLine(r.title()), TITLE_WIDTH),
                            TITLE_WIDTH), r.id()));
        }
        out.append(listing.reviews().size()).append(listing.reviews().size() == 1 ? " review" : " reviews")
                .append(" (").append(unanswered).append(" unanswered)\n");
        for (ReviewListing.Summary s : listing.summaries()) {
            out.append("Apple's summary (").append(s.territory()).append(", ").append(s.locale()).append("): ")
                    .append(oneLine(s.text())).append('\n');
        }
        return out.toString();
    }

    static String json(ReviewListing.Listing listing) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode().put("app", listing.bundleId());
        ArrayNode reviews = root.putArray("reviews");
        for (CustomerReview r : listing.reviews()) {
            ObjectNode o = reviews.addObject().put("id", r.id()).put("rating", r.rating()).put("title", r.title())
                    .put("body", r.body()).put("reviewerNickname", r.nickname()).put("territory", r.territory())
                    .put("createdDate", r.created().toString());
            r.reply().ifPresentOrElse(reply -> o.putObject("reply").put("id", reply.id()).put("body", reply.body())
                    .put("state", reply.state()), () -> o.putNull("reply"));
        }
        ArrayNode summaries = root.putArray("summaries");
        listing.summaries().forEach(s -> summaries.addObject().put("territory", s.territory())
                .put("locale", s.locale()).put("text", s.text()));
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    static String csv(ReviewListing.Listing listing) {
        StringBuilder out = new StringBuilder("id,createdDate,rating,territory,title,body,reviewerNickname,replyState,reply\n");
        for (CustomerReview r : listing.reviews()) {
            out.append(String.join(",", cell(r.id()), cell(r.created().toString()), String.valueOf(r.rating()),
                    cell(r.territory()), cell(r.title()), cell(r.body()), cell(r.nickname()),
                    cell(r.reply().map(CustomerReview.Reply::state).orElse("")),
                    cell(r.reply().map(CustomerReview.Reply::body).orElse("")))).append('\n');
        }
        return out.toString();
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; a leading = + - @ is quoted as text too. */
    private static String cell(String v) {
        if (v == null || v.isEmpty()) {
            return "";
        }
        boolean formula = "=+-@".indexOf(v.charAt(0)) >= 0; // a spreadsheet would run it (CSV injection)
        if (formula) {
            v = "'" + v;
        }
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || formula
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    static String stars(int rating) {
        return "★".repeat(rating) + "☆".repeat(5 - rating);
    }

    private static String replyState(CustomerReview r) {
        return r.reply().map(reply -> reply.published() ? "published" : "pending").orElse("-");
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String cut(String text, int width) {
        return text.codePointCount(0, text.length()) <= width ? text
                : text.substring(0, text.offsetByCodePoints(0, width - 1)) + "…";
    }

    private static String pad(String text, int width) {
        int length = text.codePointCount(0, text.length());
        return length >= width ? text : text + " ".repeat(width - length);
    }
}
