package dev.ascctl.plan.render;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** How attribute values look in the text plan: JSON literals, so a string is quoted and a cleared value is null. */
final class DisplayValues {
    static final String SENSITIVE = "(sensitive value)";

    /** Terraform's threshold: longer strings read better as a line diff than as one long "a" -> "b". */
    private static final int LONG_TEXT_CHARS = 80;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DisplayValues() {
    }

    /** A secret's place in the plan: where it is read from, never the value ({@code (sensitive value from ${env:X})}). */
    static String sensitive(String source) {
        return source == null ? SENSITIVE : "(sensitive value from " + safeLine(source) + ")";
    }

    /** A value as a JSON literal ({@code "Notizen"}, {@code true}, {@code null}); absent counts as null. */
    static String literal(JsonNode value) {
        // Jackson escapes quotes and control characters, so a value cannot break the line or the terminal.
        return value == null ? "null" : safeLine(JSON.writeValueAsString(value));
    }

    /** True for no value at all: the object does not exist on that side, or the attribute is unset (null). */
    static boolean isUnset(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }

    /** True for multi-line text or text longer than 80 characters, which is shown as a line diff. */
    static boolean isLongText(JsonNode value) {
        if (value == null || !value.isString()) {
            return false;
        }
        String text = value.asString();
        return text.indexOf('\n') >= 0 || text.length() > LONG_TEXT_CHARS;
    }

    /** True when both sides are text or unset, so a line diff can show the change. */
    static boolean isTextOrUnset(JsonNode value) {
        return isUnset(value) || value.isString();
    }

    /**
     * One line made safe to print: control characters (C0 other than tab, DEL and C1) are shown as
     * {@code \\uXXXX}, so text from App Store Connect cannot send escape sequences to a terminal.
     */
    static String safeLine(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ((c < 0x20 && c != '\t') || (c >= 0x7f && c <= 0x9f)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Text for one line (a reason, a name): line breaks become spaces, control characters are escaped. */
    static String oneLine(String text) {
        return safeLine(text.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' '));
    }
}
