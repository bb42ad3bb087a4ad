package dev.ascctl.store;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Keywords as written (a YAML list or one comma-separated string) and as Apple stores them: one
 * string, joined with commas and no spaces ({@code [notes, lists]} -> {@code "notes,lists"}).
 */
final class Keywords {
    /** The key of a locale file that holds them. */
    static final String KEY = "keywords";

    private Keywords() {}

    /** The individual keywords, trimmed; empty entries kept so rules can point at them. */
    static List<String> items(JsonNode keywords) {
        List<String> items = new ArrayList<>();
        if (keywords.isArray()) {
            keywords.forEach(k -> items.add(k.isString() ? k.asString().trim() : k.asString()));
        } else if (keywords.isString()) {
            for (String k : keywords.asString().split(",", -1)) {
                items.add(k.trim());
            }
        }
        return items;
    }

    static String join(JsonNode keywords) {
        return String.join(",", items(keywords));
    }
}
