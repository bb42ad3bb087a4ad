package dev.ascctl.plan.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Shortens a list of lines to a character budget by cutting out its middle: the head shows what the plan
 * starts with, the tail keeps the summary, and one line says how many lines went.
 */
final class MiddleCut {
    private MiddleCut() {
    }

    /**
     * @param lines   the lines (each counted with one newline)
     * @param budget  the most characters the result may take, newlines included
     * @param cutLine the line standing for the N lines cut out
     * @return {@code lines} when they fit, else head + cut line + tail within the budget
     */
    static List<String> toFit(List<String> lines, int budget, IntFunction<String> cutLine) {
        if (size(lines) <= budget) {
            return lines;
        }
        // Reserved with the largest count that can occur, so the final line can only be shorter.
        int available = budget - (cutLine.apply(lines.size()).length() + 1);
        if (available < 0) {
            throw new IllegalArgumentException("budget " + budget + " is too small even for the cut line");
        }
        int head = 0;
        int headChars = 0;
        while (head < lines.size() && headChars + lines.get(head).length() + 1 <= available / 2) {
            headChars += lines.get(head).length() + 1;
            head++;
        }
        int tail = 0;
        int tailChars = 0;
        while (tail < lines.size() - head
                && headChars + tailChars + lines.get(lines.size() - 1 - tail).length() + 1 <= available) {
            tailChars += lines.get(lines.size() - 1 - tail).length() + 1;
            tail++;
        }
        List<String> out = new ArrayList<>(lines.subList(0, head));
        out.add(cutLine.apply(lines.size() - head - tail));
        out.addAll(lines.subList(lines.size() - tail, lines.size()));
        return out;
    }

    /** Characters of the lines joined with newlines, one newline after each. */
    static int size(List<String> lines) {
        return lines.stream().mapToInt(line -> line.length() + 1).sum();
    }
}
