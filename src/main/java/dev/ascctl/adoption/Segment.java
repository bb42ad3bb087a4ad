package dev.ascctl.adoption;

import java.util.Objects;

/**
 * One step of a store path inside a file: a map key ({@code review}), or the item of a list of maps that has a
 * given natural key ({@code groups[name=QA]}, {@code inAppPurchases[productId=com.example.notes.pro]}), which is
 * how testflight.yaml and purchases.yaml list their objects.
 *
 * @param key   the map key (of the map, or of the list)
 * @param field for a list item, the item's key field ({@code name}, {@code email}, {@code productId}); else null
 * @param value for a list item, the value of that field; else null
 */
public record Segment(String key, String field, String value) {
    public Segment {
        Objects.requireNonNull(key, "key");
        if ((field == null) != (value == null)) {
            throw new IllegalArgumentException("a list item needs both a field and a value: " + key);
        }
    }

    /** {@code review} → a map key; {@code groups[name=QA]} → the item of {@code groups} whose name is QA. */
    public static Segment parse(String text) {
        int open = text.indexOf('[');
        if (open < 0 || !text.endsWith("]")) {
            return new Segment(text, null, null);
        }
        String inside = text.substring(open + 1, text.length() - 1);
        int eq = inside.indexOf('=');
        if (open == 0 || eq <= 0) {
            throw new IllegalArgumentException("not a list item (key[field=value]): " + text);
        }
        return new Segment(text.substring(0, open), inside.substring(0, eq), inside.substring(eq + 1));
    }

    public boolean isListItem() {
        return field != null;
    }
}
