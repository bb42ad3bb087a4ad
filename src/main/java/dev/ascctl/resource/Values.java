package dev.ascctl.resource;

import dev.ascctl.asc.AppleDates;
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
            return a.equals(b) || AppleDates.sameInstant(a, b);
        }
        return desired.equals(live);
    }
}
