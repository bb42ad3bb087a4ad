package dev.ascctl.reports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a downloaded report (Apple's gzip bytes) as it came ({@code gzip}), gunzipped ({@code tsv}), or converted with
 * typed columns: {@code csv} (dates ISO, numbers plain) or {@code json}
 * ({@code {"columns":[...],"rows":[{...}],"trailers":[...]}} with numbers as numbers). Conversions stream row by row.
 */
public final class ReportConverter {
    /** The output forms of {@code ascctl reports sales|finance}. */
    public enum Format {
        TSV, GZIP, CSV, JSON;

        public static Format parse(String text) {
            try {
                return valueOf(text.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new ReportInputException("--format '" + text + "' is not one of tsv, csv, json.");
            }
        }
    }

    private ReportConverter() {
    }

    /** The report's text, gunzipped. */
    public static InputStream gunzipped(byte[] gzip) {
        try {
            return new GZIPInputStream(new ByteArrayInputStream(gzip), 1 << 16);
        } catch (IOException e) {
            throw new ReportFormatException("the report is not gzip data: " + e.getMessage());
        }
    }

    public static void write(byte[] gzip, Format format, ReportLayout layout, String source, OutputStream out) {
        try {
            switch (format) {
                case GZIP -> out.write(gzip);
                case TSV -> gunzipped(gzip).transferTo(out);
                case CSV -> csv(gzip, layout, source, out);
                case JSON -> json(gzip, layout, source, out);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void csv(byte[] gzip, ReportLayout layout, String source, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (ReportReader reader = ReportReader.open(gunzipped(gzip), layout, source)) {
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            printer.printRecord(reader.columns());
            List<String> columns = reader.columns();
            reader.rows(row -> {
                List<String> cells = new ArrayList<>(columns.size());
                for (String c : columns) {
                    Object v = row.typed(c);
                    cells.add(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
                }
                try {
                    printer.printRecord(cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            printer.flush();
        }
    }

    private static void json(byte[] gzip, ReportLayout layout, String source, OutputStream out) {
        try (ReportReader reader = ReportReader.open(gunzipped(gzip), layout, source);
             JsonGenerator g = JsonMapper.builder().build().createGenerator(out)) {
            g.writeStartObject();
            g.writeName("columns");
            g.writeStartArray();
            for (String c : reader.columns()) {
                g.writeString(c);
            }
            g.writeEndArray();
            g.writeName("rows");
            g.writeStartArray();
            reader.rows(row -> {
                g.writeStartObject();
                for (String c : reader.columns()) {
                    g.writeName(c);
                    Object v = row.typed(c);
                    if (v == null) {
                        g.writeNull();
                    } else if (v instanceof BigDecimal d) {
                        g.writeNumber(d);
                    } else if (v instanceof Long l) {
                        g.writeNumber(l);
                    } else {
                        g.writeString(v.toString());
                    }
                }
                g.writeEndObject();
            });
            g.writeEndArray();
            g.writeName("trailers");
            g.writeStartArray();
            for (ReportReader.Block block : reader.trailingBlocks()) {
                g.writeStartObject();
                g.writeName("columns");
                g.writeStartArray();
                block.columns().forEach(g::writeString);
                g.writeEndArray();
                g.writeName("rows");
                g.writeStartArray();
                for (List<String> r : block.rows()) {
                    g.writeStartArray();
                    r.forEach(g::writeString);
                    g.writeEndArray();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
