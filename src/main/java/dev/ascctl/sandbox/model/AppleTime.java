package dev.ascctl.sandbox.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Date-times as the sandbox sends them: RFC 3339 with seconds always present (Java's
 * {@code OffsetDateTime.toString()} drops zero seconds, giving {@code 2024-01-01T12:00Z}, which the
 * spec's {@code format: date-time} refuses) in Cupertino's offset, {@code -08:00} or {@code -07:00}
 * with daylight saving, the usual form in recorded responses (asc-recorded INDEX, fact 9).
 */
public final class AppleTime {
    private static final ZoneId CUPERTINO = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private AppleTime() {
    }

    /** E.g. {@code 2024-01-01T04:00:00-08:00}; sub-second digits are dropped. */
    public static String format(Instant instant) {
        return RFC_3339.format(instant.atZone(CUPERTINO));
    }
}
