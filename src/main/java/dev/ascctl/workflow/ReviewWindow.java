package dev.ascctl.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A window back in time as users write it: {@code 7d}, {@code 24h}, {@code 2w}, or a date {@code 2026-11-01}. */
public final class ReviewWindow {
    private static final Pattern SPAN = Pattern.compile("(\\d{1,4})([hdw])");

    private ReviewWindow() {
    }

    /** The instant the window starts; a date starts at 00:00 UTC. */
    public static Instant since(String text, Clock clock) {
        return clock.instant().minus(span(text, clock));
    }

    /** The window's length: a span as written, or from a date (00:00 UTC) until now. */
    public static Duration span(String text, Clock clock) {
        Matcher m = SPAN.matcher(text.strip());
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
        }
        try {
            Instant start = LocalDate.parse(text.strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (start.isAfter(clock.instant())) {
                throw new IllegalArgumentException("'" + text + "' is in the future");
            }
            return Duration.between(start, clock.instant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a date (2026-11-01) nor a span back from"
                    + " now (7d, 24h, 2w)");
        }
    }
}
