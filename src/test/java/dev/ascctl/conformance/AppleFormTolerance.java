package dev.ascctl.conformance;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Forms live App Store Connect sends that its own spec does not allow, recorded in asc-recorded (INDEX facts 9
 * and 17) and sent by the sandbox in variant mode (DESIGN 6: "where real recordings and the spec differ, the
 * recordings win"); {@code "next": null} and {@code "data": null} are {@link NullAttributeTolerance#observedNull}'s.
 * Exactly these are tolerated, nothing near them:
 * <ul>
 *   <li>an entry of {@code errors[]} without {@code detail} (the spec requires it);</li>
 *   <li>a date-time whose offset has no colon, {@code 2024-04-24T12:00:00.000+0000} (RFC 3339 requires
 *       {@code +00:00}), read as the same date-time with the colon.</li>
 * </ul>
 */
final class AppleFormTolerance {
    private static final Pattern OFFSET_WITHOUT_COLON =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,9})?[+-]\\d{2})(\\d{2})");

    private AppleFormTolerance() {
    }

    /** A copy of the document with the tolerated forms replaced by what the spec allows; the input is not changed. */
    static JsonNode tolerated(JsonNode document) {
        return tolerateInPlace(document.deepCopy());
    }

    /** {@link #tolerated} on the document itself, for a tree made for one check; returns it. */
    static JsonNode tolerateInPlace(JsonNode copy) {
        if (copy.path("errors") instanceof ArrayNode errors) {
            for (JsonNode error : errors) {
                if (error instanceof ObjectNode entry && !entry.has("detail")) {
                    entry.put("detail", ""); // present for the check; its absence is the tolerated form
                }
            }
        }
        return withColonOffsets(copy);
    }

    private static JsonNode withColonOffsets(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (var member : object.properties()) {
                JsonNode value = withColonOffsets(member.getValue());
                if (value != member.getValue()) {
                    member.setValue(value);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = withColonOffsets(array.get(i));
                if (value != array.get(i)) {
                    array.set(i, value);
                }
            }
        } else if (node.isString() && couldBeDateTime(node.asString())) {
            Matcher m = OFFSET_WITHOUT_COLON.matcher(node.asString());
            if (m.matches()) {
                return StringNode.valueOf(m.group(1) + ":" + m.group(2));
            }
        }
        return node;
    }

    /** What {@link #OFFSET_WITHOUT_COLON} needs first (yyyy-mm-ddThh:mm:ss+hhmm is 24 long): most strings fail here. */
    private static boolean couldBeDateTime(String s) {
        return s.length() >= 24 && s.length() <= 34 && s.charAt(4) == '-' && s.charAt(10) == 'T';
    }
}
