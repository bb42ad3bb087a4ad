package dev.ascctl.plan.render;

import dev.ascctl.plan.ResourceChange;
import dev.ascctl.resource.EffectTable;
import java.util.ArrayList;
import java.util.List;

/**
 * A change's {@link EffectTable} in the two plan forms. In the text plan, comment lines inside the change's block with
 * the columns aligned:
 * <pre>
 *         # Customer price and proceeds in each territory once applied (Apple equalizes from USA):
 *         #   Territory  Currency  From        Until       Customer price  Proceeds
 *         #   GBR        GBP       now         2027-01-15  4.09            2.38
 * </pre>
 * In markdown, a table after the plan's details, one per change, under the change's address.
 */
final class EffectTables {
    /** A pull-request comment keeps this much for all effect tables; longer ones lose their middle rows. */
    static final int MARKDOWN_BUDGET = 16_000;

    private EffectTables() {
    }

    static List<PlanLine> text(EffectTable table, int indent) {
        List<PlanLine> lines = new ArrayList<>();
        lines.add(PlanLine.unmarked(indent, "# " + DisplayValues.oneLine(table.title()) + ":"));
        int[] widths = new int[table.columns().size()];
        List<List<String>> all = new ArrayList<>();
        all.add(table.columns());
        all.addAll(table.rows());
        for (List<String> row : all) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], DisplayValues.oneLine(row.get(i)).length());
            }
        }
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder("#  ");
            for (int i = 0; i < widths.length; i++) {
                String cell = DisplayValues.oneLine(row.get(i));
                line.append(' ').append(i == widths.length - 1 ? cell : pad(cell, widths[i] + 1));
            }
            lines.add(PlanLine.unmarked(indent, line.toString().stripTrailing()));
        }
        if (table.note() != null) {
            lines.add(PlanLine.unmarked(indent, "# " + DisplayValues.oneLine(table.note())));
        }
        return lines;
    }

    /** The markdown tables of the plan's changes that have one, or "" when none has. */
    static String markdown(List<ResourceChange> changes) {
        List<String> lines = new ArrayList<>();
        for (ResourceChange change : changes) {
            EffectTable table = change.effect();
            if (table == null) {
                continue;
            }
            lines.add("");
            lines.add("**`" + change.address().value() + "`**: " + cell(table.title()));
            lines.add("");
            lines.add("| " + String.join(" | ", table.columns().stream().map(EffectTables::cell).toList()) + " |");
            lines.add("|" + "---|".repeat(table.columns().size()));
            table.rows().forEach(row -> lines.add("| " + String.join(" | ", row.stream().map(EffectTables::cell)
                    .toList()) + " |"));
            if (table.note() != null) {
                lines.add("");
                lines.add(cell(table.note()));
            }
        }
        if (lines.isEmpty()) {
            return "";
        }
        return String.join("\n", MiddleCut.toFit(lines, MARKDOWN_BUDGET,
                cut -> "| ... " + cut + " rows cut to keep this short |")) + "\n";
    }

    /** A table cell: one line, with {@code |} and {@code <} escaped so it stays one cell of plain text. */
    private static String cell(String text) {
        return DisplayValues.oneLine(text).replace("&", "&amp;").replace("<", "&lt;").replace("|", "\\|");
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
