package dev.ascctl.plan.render;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line diff of long text (descriptions, review notes) with java-diff-utils: removed lines marked {@code -},
 * added lines {@code +}, two unchanged lines of context around each change and longer unchanged runs folded
 * into {@code # (N unchanged lines hidden)}, as Terraform does for heredoc strings.
 */
final class LongTextDiff {
    private static final int CONTEXT_LINES = 2;

    private LongTextDiff() {
    }

    /**
     * The diff lines, placed for a heredoc whose marks sit at {@code indent}.
     *
     * @param before the old text, or null when there was none
     * @param after  the new text, or null when there will be none
     */
    static List<PlanLine> lines(String before, String after, int indent) {
        List<Entry> entries = entries(split(before), split(after));
        boolean[] shown = shownEntries(entries);
        List<PlanLine> out = new ArrayList<>();
        int i = 0;
        while (i < entries.size()) {
            if (shown[i]) {
                out.add(entries.get(i).toLine(indent));
                i++;
                continue;
            }
            int hidden = 0;
            while (i < entries.size() && !shown[i]) {
                hidden++;
                i++;
            }
            out.add(PlanLine.unmarked(indent + 2, "# (" + hidden + " unchanged " + (hidden == 1 ? "line" : "lines")
                    + " hidden)"));
        }
        return out;
    }

    /** Splits on line feeds, keeping a trailing empty line so that a change of the final newline shows. */
    private static List<String> split(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\n", -1));
    }

    private static List<Entry> entries(List<String> before, List<String> after) {
        List<Entry> entries = new ArrayList<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after, true).getDeltas()) {
            switch (delta.getType()) {
                case EQUAL -> delta.getSource().getLines().forEach(line -> entries.add(new Entry(Mark.NONE, line)));
                case DELETE -> delta.getSource().getLines().forEach(line -> entries.add(new Entry(Mark.REMOVE, line)));
                case INSERT -> delta.getTarget().getLines().forEach(line -> entries.add(new Entry(Mark.ADD, line)));
                case CHANGE -> {
                    delta.getSource().getLines().forEach(line -> entries.add(new Entry(Mark.REMOVE, line)));
                    delta.getTarget().getLines().forEach(line -> entries.add(new Entry(Mark.ADD, line)));
                }
            }
        }
        return entries;
    }

    /**
     * Which entries to print: every change and its context. A single unchanged line between two shown ones is
     * shown too, since a "1 unchanged line hidden" note would take the same room.
     */
    private static boolean[] shownEntries(List<Entry> entries) {
        boolean[] shown = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).mark() != Mark.NONE) {
                int last = Math.min(entries.size() - 1, i + CONTEXT_LINES);
                for (int j = Math.max(0, i - CONTEXT_LINES); j <= last; j++) {
                    shown[j] = true;
                }
            }
        }
        for (int i = 0; i < entries.size(); i++) {
            boolean aloneBetweenShown = !shown[i]
                    && (i == 0 || shown[i - 1]) && (i == entries.size() - 1 || shown[i + 1]);
            if (aloneBetweenShown) {
                shown[i] = true;
            }
        }
        return shown;
    }

    /** One line of the diff before placement. */
    private record Entry(Mark mark, String text) {
        PlanLine toLine(int indent) {
            String safe = DisplayValues.safeLine(text);
            // Unchanged lines are indented past the mark so their text lines up with changed lines.
            return mark == Mark.NONE ? PlanLine.unmarked(indent + 2, safe) : new PlanLine(indent, mark, safe);
        }
    }
}
