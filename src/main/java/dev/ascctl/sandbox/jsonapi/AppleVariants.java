package dev.ascctl.sandbox.jsonapi;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

/**
 * Variant mode ({@code ascctl sandbox --variants[=SEED]}): where live App Store Connect answers the same request in
 * several forms, the sandbox picks one per response, so a client is proven against each (DESIGN 6, "The hardest
 * real Apple"). The forms are the ones recorded from Apple (asc-recorded INDEX):
 * <ul>
 *   <li>lists with {@code meta.paging}, or with no {@code meta} at all (fact 6: appInfos, filtered versions,
 *       an empty users filter);</li>
 *   <li>an empty list asked with {@code include} without {@code included}, or with {@code "included": []}
 *       (fact 6: a filtered appStoreVersions list with no match);</li>
 *   <li>a last page with {@code links.next} absent, or sent as {@code "next": null} (fact 7);</li>
 *   <li>error entries with {@code detail}, or without it (fact 17, {@code ENTITY_ERROR.RELATIONSHIP.INVALID});</li>
 *   <li>date-times as {@code 2024-04-24T04:00:00-08:00} (Cupertino's offset, the usual form),
 *       {@code 2024-04-24T12:00:00.000+0000} (no colon: phased releases, certificates), {@code 2024-04-24T12:00:00Z}
 *       and {@code 2024-04-24T12:00:00.000Z} (fact 9). The instant never changes, only its spelling.</li>
 * </ul>
 * The choice is a function of the seed, the request (method, path, query) and how many times that same request was
 * answered before, so a run is reproducible even when the client reads in parallel. Off (the default), every
 * response keeps the sandbox's one form.
 */
public final class AppleVariants {
    /** What the sandbox writes (see {@code AppleTime}), with the sub-second and Z forms a client may have sent. */
    private static final Pattern DATE_TIME =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
    private static final AppleVariants OFF = new AppleVariants(null);

    private final Long seed;
    private final Map<String, Integer> answered = new HashMap<>();

    private AppleVariants(Long seed) {
        this.seed = seed;
    }

    /** Every response in the sandbox's single form. */
    public static AppleVariants off() {
        return OFF;
    }

    /** Rotates among Apple's forms, reproducibly for {@code seed}. */
    public static AppleVariants seeded(long seed) {
        return new AppleVariants(seed);
    }

    public boolean enabled() {
        return seed != null;
    }

    /** The four spellings of a date-time seen from Apple; none changes the instant (fractions are kept). */
    public enum DateForm {
        /** {@code 2024-04-24T05:00:00-07:00}: Cupertino's offset, -08:00 or -07:00 with daylight saving. */
        PACIFIC(ZoneId.of("America/Los_Angeles"), 0, "+HH:MM"),
        /** {@code 2024-04-24T12:00:00.000+0000}: milliseconds and an offset without colon. */
        UTC_NO_COLON(ZoneOffset.UTC, 3, "+HHMM"),
        /** {@code 2024-04-24T12:00:00Z}. */
        UTC_Z(ZoneOffset.UTC, 0, "+HH:MM"),
        /** {@code 2024-04-24T12:00:00.179Z}: milliseconds (.000 for the sandbox's whole seconds). */
        UTC_MILLIS_Z(ZoneOffset.UTC, 3, "+HH:MM");

        private final ZoneId zone;
        private final DateTimeFormatter format;

        DateForm(ZoneId zone, int minFractionDigits, String offset) {
            this.zone = zone;
            this.format = new DateTimeFormatterBuilder()
                    .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
                    .appendFraction(ChronoField.NANO_OF_SECOND, minFractionDigits, 9, true)
                    .appendOffset(offset, "+HHMM".equals(offset) ? "+0000" : "Z")
                    .toFormatter();
        }

        /** The same instant in this form. */
        public String spell(OffsetDateTime value) {
            return format.format(value.atZoneSameInstant(zone));
        }
    }

    /**
     * The forms one response takes.
     *
     * @param dropPaging  leave {@code meta} (with {@code meta.paging}) out of a list document
     * @param nextAsNull  send {@code "next": null} on a last page, else leave {@code next} out
     * @param dropDetail  leave {@code detail} out of every error entry
     * @param dates       how date-times are spelled
     * @param emptyIncluded send {@code "included": []} with an empty list
     */
    public record Choice(boolean dropPaging, boolean nextAsNull, boolean dropDetail, DateForm dates,
                         boolean emptyIncluded) {
        public Choice {
            Objects.requireNonNull(dates, "dates");
        }

        public Choice(boolean dropPaging, boolean nextAsNull, boolean dropDetail, DateForm dates) {
            this(dropPaging, nextAsNull, dropDetail, dates, false);
        }

        /** The sandbox's own form: what every response is when variant mode is off. */
        public static final Choice PLAIN = new Choice(false, false, false, DateForm.PACIFIC);
    }

    /** The forms for the next answer to this request; {@link Choice#PLAIN} when off. */
    public synchronized Choice choose(String method, String path, String rawQuery) {
        if (seed == null) {
            return Choice.PLAIN;
        }
        String request = method + " " + path + (rawQuery == null ? "" : "?" + rawQuery);
        int nth = answered.merge(request, 1, Integer::sum);
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + request.hashCode() * 31L + nth);
        DateForm[] forms = DateForm.values();
        return new Choice(random.nextBoolean(), random.nextBoolean(), random.nextBoolean(),
                forms[random.nextInt(forms.length)],
                random.nextBoolean() && rawQuery != null && rawQuery.contains("include="));
    }

    /** The response body for this request in its chosen forms; {@code body} itself is never changed. */
    public Object apply(String method, String path, String rawQuery, Object body) {
        return seed == null || body == null ? body : apply(choose(method, path, rawQuery), body);
    }

    /** {@code body} (a JSON:API document as maps and lists) rewritten in the forms of {@code choice}. */
    public static Object apply(Choice choice, Object body) {
        Object copy = rewriteDates(body, choice.dates());
        if (!(copy instanceof Map<?, ?> map)) {
            return copy;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) map;
        if (doc.get("errors") instanceof List<?> errors && choice.dropDetail()) {
            errors.forEach(e -> ((Map<?, ?>) e).remove("detail"));
        }
        if (doc.get("data") instanceof List<?> data) {
            if (choice.emptyIncluded() && data.isEmpty() && !doc.containsKey("included")) {
                doc.put("included", new ArrayList<>());
            }
            if (choice.dropPaging() && doc.get("meta") instanceof Map<?, ?> meta) {
                meta.remove("paging");
                if (meta.isEmpty()) {
                    doc.remove("meta");
                }
            }
            // A last page (next absent, or null where the sandbox's ListShape sends it) in either form.
            if (doc.get("links") instanceof Map<?, ?> links && links.get("next") == null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> writable = (Map<String, Object>) links;
                if (choice.nextAsNull()) {
                    writable.put("next", null);
                } else {
                    writable.remove("next");
                }
            }
        }
        return doc;
    }

    /** A mutable deep copy with every date-time string spelled in {@code form}. */
    private static Object rewriteDates(Object node, DateForm form) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), rewriteDates(v, form)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(rewriteDates(v, form)));
            return copy;
        }
        if (node instanceof String text && DATE_TIME.matcher(text).matches()) {
            try {
                return form.spell(OffsetDateTime.parse(text));
            } catch (DateTimeParseException e) {
                return text;
            }
        }
        return node;
    }
}
