package dev.ascctl.resource;

import java.util.ArrayList;
import java.util.List;

/**
 * Dotted store paths such as {@code apps.notes.locales.de-DE}, as {@code policy.ignore} names them. A segment may
 * hold a dot (an app folder {@code my.app}, a product id, a tester's email, a build number), so a dot or backslash
 * inside a segment is escaped by a backslash: {@code apps.my\.app.locales.de-DE}. Matching splits by segments and
 * never depends on what a folder is called (issue 21, finding 7).
 */
public final class StorePaths {
    private StorePaths() {
    }

    /** One segment, escaped for a dotted path. */
    public static String segment(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (char c : name.toCharArray()) {
            if (c == '.' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The segments of a dotted path, unescaped: the inverse of joining {@link #segment}s with dots. */
    public static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '\\' && i + 1 < path.length()) {
                current.append(path.charAt(++i));
            } else if (c == '.') {
                out.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        out.add(current.toString());
        return out;
    }
}
