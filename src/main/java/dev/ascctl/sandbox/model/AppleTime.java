package dev.ascctl.sandbox.model;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Date-times as the sandbox sends them: RFC 3339 with seconds always present (Java's
 * {@code OffsetDateTime.toString()} drops zero seconds, giving {@code 2024-01-01T12:00Z}, which the
 * spec's {@code format: date-time} refuses) in Cupertino's offset, {@code -08:00} or {@code -07:00}
 * with daylight saving, the usual form in recorded responses (asc-recorded INDEX, fact 9). Where the recordings show
 * an attribute in another form, that attribute is written in it by default ({@link #utc}, {@link #utcMillis},
 * {@link #utcNoColon}); variant mode rotates all four forms anyway.
 */
public final class AppleTime {
    private static final ZoneId CUPERTINO = ZoneId.of("America/Los_Angeles");
    private static final DateTimeFormatter RFC_3339 = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");
    private static final DateTimeFormatter MILLIS_Z = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter NO_COLON = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSxx")
            .withZone(ZoneOffset.UTC);

    private AppleTime() {
    }

    /** E.g. {@code 2024-01-01T04:00:00-08:00}; sub-second digits are dropped. */
    public static String format(Instant instant) {
        return RFC_3339.format(instant.atZone(CUPERTINO));
    }

    /**
     * UTC with {@code Z}, milliseconds only when there are any ({@code 2018-04-15T18:13:40Z},
     * {@code 2019-12-11T02:03:27.661Z}), as Java's {@code Instant.toString()} prints them: betaGroups
     * {@code createdDate} is recorded in both forms (fl_betaGroups_* and ib_betaGroups_POST_create).
     */
    public static String utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    /** UTC with milliseconds and {@code Z}, {@code 2019-12-11T02:03:27.661Z} (reviewSubmissions submittedDate). */
    public static String utcMillis(Instant instant) {
        return MILLIS_Z.format(instant);
    }

    /**
     * UTC with milliseconds and an offset without colon, {@code 2024-04-24T12:00:00.000+0000}: phased releases'
     * {@code startDate} (cm_appStoreVersionPhasedReleases_resource_object), which strict RFC 3339 parsers refuse.
     */
    public static String utcNoColon(Instant instant) {
        return NO_COLON.format(instant);
    }
}
