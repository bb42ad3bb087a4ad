package dev.ascctl.plan.render;

import java.util.Objects;

/**
 * One line of the text plan, kept apart as indent, mark and text so the text renderer can colour the mark and
 * the markdown renderer can move it to the first column for diff highlighting.
 *
 * @param indent spaces before the mark (or before the text when there is no mark)
 * @param mark   the symbol, or {@link Mark#NONE}
 * @param text   the rest of the line, without line breaks
 */
record PlanLine(int indent, Mark mark, String text) {
    PlanLine {
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(text, "text");
        if (indent < 0) {
            throw new IllegalArgumentException("indent < 0");
        }
        if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a plan line holds no line breaks: " + text);
        }
    }

    static PlanLine blank() {
        return new PlanLine(0, Mark.NONE, "");
    }

    static PlanLine unmarked(int indent, String text) {
        return new PlanLine(indent, Mark.NONE, text);
    }

    /** The line as a terminal shows it, e.g. {@code "      ~ subtitle = \"Old\" -> \"New\""}. */
    String plain() {
        if (mark == Mark.NONE) {
            return text.isEmpty() ? "" : " ".repeat(indent) + text;
        }
        return " ".repeat(indent) + mark.symbol + " " + text;
    }

    /** The line in a diff fence: the mark in the first column, the rest as wide as {@link #plain()}. */
    String diff() {
        return mark == Mark.NONE ? plain() : mark.diffSymbol + " ".repeat(indent) + " " + text;
    }
}
