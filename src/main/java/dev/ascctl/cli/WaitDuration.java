package dev.ascctl.cli;

import dev.ascctl.config.NetworkSettings;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A duration as people type it: {@code 30m}, {@code 90s}, {@code 1h30m} (ISO-8601 {@code PT30M} also works). */
final class WaitDuration implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return NetworkSettings.parseDuration(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
