package dev.ascctl.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one of Apple's report files (tab-separated, a header row) as rows by column name, streamed: a year of
 * detailed reports never sits in memory. Lines before the header ({@code Vendor Name}, {@code Start Date} in finance
 * files) are skipped; the table ends at the first blank line, after which finance files carry summary blocks, each
 * with its own header, kept as {@link Block}s.
 *
 * <pre>
 * try (ReportReader r = ReportReader.open(gunzipped, ReportLayout.SALES_SUMMARY, "2026-03-02.tsv")) {
 *     r.rows(row -> units.add(row.decimal("Units")));
 *     List&lt;ReportReader.Block&gt; trailers = r.trailingBlocks();
 * }
 * </pre>
 */
public final class ReportReader implements AutoCloseable {
    /** Apple's files have no quoting: a {@code "} in a title is text. */
    private static final CSVFormat TSV = CSVFormat.TDF.builder().setQuote(null).setIgnoreSurroundingSpaces(false)
            .setIgnoreEmptyLines(false).setTrim(false).get();
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final String source;
    private final List<String> columns;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Block> trailing = new ArrayList<>();
    private boolean tableRead;

    private ReportReader(CSVParser parser, ReportLayout layout, String source) {
        this.parser = parser;
        this.records = parser.iterator();
        this.source = source;
        List<String> header = null;
        while (records.hasNext()) {
            List<String> cells = records.next().toList();
            if (layout.isHeader(new HashSet<>(cells))) {
                header = List.copyOf(cells);
                break;
            }
        }
        if (header == null) {
            throw new ReportFormatException(source + ": no header row with the columns of a " + layout + " report ("
                    + String.join(", ", layout.required()) + ")");
        }
        this.columns = header;
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
    }

    /** Reads the text of {@code in} (not gzipped) as a report of {@code layout}; {@code source} names it in errors. */
    public static ReportReader open(InputStream in, ReportLayout layout, String source) {
        try {
            return new ReportReader(CSVParser.builder().setReader(new BufferedReader(new InputStreamReader(in,
                    StandardCharsets.UTF_8), 1 << 16)).setFormat(TSV).get(), layout, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header's column names, in the file's order. */
    public List<String> columns() {
        return columns;
    }

    /** Hands each row of the table to {@code consumer}, one at a time; then reads the blocks after it. */
    public void rows(Consumer<Row> consumer) {
        if (tableRead) {
            throw new IllegalStateException("rows already read");
        }
        tableRead = true;
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (isBlank(record)) {
                break;
            }
            consumer.accept(new Row(record, record.getRecordNumber()));
        }
        readTrailingBlocks();
    }

    /** The blocks after the table (finance files' per-country totals and exchange rates); read after {@link #rows}. */
    public List<Block> trailingBlocks() {
        if (!tableRead) {
            rows(row -> { });
        }
        return List.copyOf(trailing);
    }

    private void readTrailingBlocks() {
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        while (records.hasNext()) {
            CSVRecord record = records.next();
            if (isBlank(record)) {
                if (header != null) {
                    trailing.add(new Block(header, rows));
                }
                header = null;
                rows = new ArrayList<>();
            } else if (header == null) {
                header = record.toList();
            } else {
                rows.add(record.toList());
            }
        }
        if (header != null) {
            trailing.add(new Block(header, rows));
        }
    }

    private static boolean isBlank(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A block after the table: a header and its rows, as text. */
    public record Block(List<String> columns, List<List<String>> rows) {
        public Block {
            columns = List.copyOf(columns);
            rows = List.copyOf(rows);
        }

        /** The value of {@code column} in {@code row}, or "" when the row is shorter or the column is absent. */
        public String get(List<String> row, String column) {
            int i = columns.indexOf(column);
            return i < 0 || i >= row.size() ? "" : row.get(i);
        }
    }

    /** One row of the table, read by column name. */
    public final class Row {
        private final CSVRecord record;
        private final long line;

        Row(CSVRecord record, long line) {
            this.record = record;
            this.line = line;
        }

        /** Whether the file has the column (versions differ). */
        public boolean has(String column) {
            return index.containsKey(column);
        }

        /** The cell's text, stripped; "" when the row is shorter than the header or the column is absent. */
        public String text(String column) {
            Integer i = index.get(column);
            return i == null || i >= record.size() ? "" : record.get(i).strip();
        }

        /** The cell as a number; zero when empty (Apple leaves free items' prices blank or 0). */
        public BigDecimal decimal(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                return BigDecimal.ZERO;
            }
            try {
                return new BigDecimal(t);
            } catch (NumberFormatException e) {
                throw new ReportFormatException(source + " line " + line + ": column '" + column + "' holds '" + t
                        + "', not a number");
            }
        }

        /** The cell as a date, {@code MM/DD/YYYY} (sales, finance) or {@code YYYY-MM-DD} (subscriber events). */
        public LocalDate date(String column) {
            String t = text(column);
            try {
                return t.contains("/") ? LocalDate.parse(t, US_DATE) : LocalDate.parse(t);
            } catch (DateTimeParseException e) {
                throw new ReportFormatException(source + " line " + line + ": column '" + column + "' holds '" + t
                        + "', not a date");
            }
        }

        /** The cell typed by its column's name ({@link ReportLayout#type}): BigDecimal, Long, LocalDate, String or null. */
        public Object typed(String column) {
            String t = text(column);
            if (t.isEmpty()) {
                return null;
            }
            return switch (ReportLayout.type(column)) {
                case DECIMAL -> decimal(column);
                case INTEGER -> {
                    try {
                        yield Long.parseLong(t);
                    } catch (NumberFormatException e) {
                        yield decimal(column);
                    }
                }
                case DATE -> date(column);
                case TEXT -> t;
            };
        }
    }
}
