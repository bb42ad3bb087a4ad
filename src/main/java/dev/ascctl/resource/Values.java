package dev.ascctl.resource;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/** Value comparison shared by handlers: YAML and Apple's JSON spell the same value in different ways. */
public final class Values {
    private Values() {
    }

    /** Null and missing are the same; numbers compare by value; date-times compare as instants. */
    public static boolean same(JsonNode desired, JsonNode live) {
        boolean desiredEmpty = desired == null || desired.isNull() || desired.isMissingNode();
        boolean liveEmpty = live == null || live.isNull() || live.isMissingNode();
        if (desiredEmpty || liveEmpty) {
            return desiredEmpty && liveEmpty;
        }
        if (desired.isNumber() && live.isNumber()) {
            return desired.decimalValue().compareTo(live.decimalValue()) == 0;
        }
        if (desired.isString() && live.isString()) {
            String a = desired.asString();
            String b = live.asString();
            return a.equals(b) || sameInstant(a, b);
        }
        return desired.equals(live);
    }

    // Apple answers dates in several formats (asc-recorded INDEX: "dates in six formats").
    private static boolean sameInstant(String a, String b) {
        if (a.length() < 10 || b.length() < 10 || !Character.isDigit(a.charAt(0)) || !Character.isDigit(b.charAt(0))) {
            return false;
        }
        try {
            return OffsetDateTime.parse(a).toInstant().equals(OffsetDateTime.parse(b).toInstant());
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
