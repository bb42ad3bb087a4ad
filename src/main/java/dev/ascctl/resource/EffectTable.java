package dev.ascctl.resource;

import java.util.List;
import java.util.Objects;

/**
 * What a planned change will do beyond its own attributes, as a read-only table the plan shows under the change (a
 * base price's new customer price and proceeds in every territory Apple equalizes). A kind computes it from reads it
 * already made ({@link ShowsEffect}); apply never reads it.
 * <pre>
 * new EffectTable("Prices Apple equalizes from USA", List.of("Territory", "Customer price"),
 *         List.of(List.of("GBR", "4.09")), "JPN is set by hand and keeps 800")
 * </pre>
 *
 * @param title   one line saying what the rows are
 * @param columns the column headings
 * @param rows    the rows, each with one cell per column
 * @param note    one more line under the table, or null
 */
public record EffectTable(String title, List<String> columns, List<List<String>> rows, String note) {
    public EffectTable {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("an effect table needs a title");
        }
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("an effect table needs columns");
        }
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
            row.forEach(cell -> Objects.requireNonNull(cell, "cell"));
        }
    }
}
