package dev.ascctl.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** {@code --format table|json|csv}, shared by the commands that list rows (reviews, testers). */
final class ListFormatOption {
    private static final List<String> FORMATS = List.of("table", "json", "csv");

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, json or csv, e.g. csv. Default: ${DEFAULT-VALUE}.")
    String format;

    /** The format, refused when it is none of the three. */
    String parse() {
        if (!FORMATS.contains(format)) {
            throw new IllegalArgumentException("--format must be table, json or csv, not '" + format + "'");
        }
        return format;
    }
}
