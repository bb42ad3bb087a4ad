package dev.ascctl.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A duration as people type it: {@code 30m}, {@code 90s}, {@code 1h30m} (ISO-8601 {@code PT30M} also works). */
final class WaitDuration implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        String text = value.strip().toUpperCase(Locale.ROOT);
        try {
            Duration d = Duration.parse(text.startsWith("PT") ? text : "PT" + text);
            if (d.isNegative() || d.isZero()) {
                throw new TypeConversionException("'" + value + "' must be more than zero");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a duration; write e.g. 30m, 90s or 1h30m");
        }
    }
}
