package dev.ascctl.asc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Date-times as App Store Connect really sends them. Apple's spec says RFC 3339, but live responses use
 * at least six forms, sometimes within one resource (asc-recorded INDEX, fact 9): {@code 2019-04-30T17:16:21-07:00},
 * {@code 2024-01-21T20:52:18.921-08:00}, {@code 2018-04-15T18:13:40Z}, {@code 2019-12-11T02:03:27.661Z},
 * {@code 2020-04-24T05:40:26.0Z} and {@code 2024-04-24T12:00:00.000+0000} (no colon in the offset: certificates,
 * phased release {@code startDate}), which {@code OffsetDateTime.parse} rejects. Dates are compared as instants,
 * never as strings: {@code …-08:00} and {@code …Z} forms do not sort together.
 */
public final class AppleDates {
    /** Date, 'T', time with optional fraction of 0..9 digits, then Z, +HH:MM, +HHMM or +HH. */
    private static final DateTimeFormatter ANY = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':')
            .appendValue(ChronoField.MINUTE_OF_HOUR, 2).appendLiteral(':')
            .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();
    /** What ascctl writes (import) and sends: RFC 3339, seconds always present, a fraction only when non-zero. */
    private static final DateTimeFormatter RFC_3339 = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .appendLiteral('T')
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendOffset("+HH:MM", "Z")
            .toFormatter();
    private static final Pattern LOOKS_LIKE_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");

    private AppleDates() {
    }

    /** The date-time in any form Apple sends; empty for null, a date without time, or anything else. */
    public static Optional<OffsetDateTime> parse(String text) {
        if (text == null || !LOOKS_LIKE_DATE_TIME.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(text, ANY));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The instant of a date-time in any of Apple's forms; empty when {@code text} is not one. */
    public static Optional<Instant> instant(String text) {
        return parse(text).map(OffsetDateTime::toInstant);
    }

    /** A date without time ({@code 2024-02-26}, territoryAvailabilities {@code releaseDate}); empty otherwise. */
    public static Optional<LocalDate> date(String text) {
        if (text == null || text.length() != 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** True when both are date-times (in any of Apple's forms) at the same instant. */
    public static boolean sameInstant(String a, String b) {
        Optional<Instant> left = instant(a);
        return left.isPresent() && left.equals(instant(b));
    }

    /**
     * The same date-time in RFC 3339 with its offset kept ({@code 2024-04-24T12:00:00.000+0000} →
     * {@code 2024-04-24T12:00:00Z}), for what ascctl writes into YAML; anything that is not a date-time is
     * returned unchanged.
     */
    public static String toRfc3339(String text) {
        return parse(text).map(RFC_3339::format).orElse(text);
    }

    /**
     * Orders by the instant of the text {@code key} gives; texts that are not date-times (null included) come
     * first, so {@code max} picks a real date when there is one.
     */
    public static <T> Comparator<T> byInstant(java.util.function.Function<T, String> key) {
        return Comparator.comparing((T t) -> instant(key.apply(t)).orElse(null),
                Comparator.nullsFirst(Comparator.naturalOrder()));
    }
}
