package dev.ascctl.translate;

import dev.ascctl.adoption.YamlText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Edits of one locale file's text that leave everything else as the person wrote it: a top-level key's value is
 * replaced in place (or added at the end), and suggestions for a person (keywords, a text over Apple's limit) are
 * commented-out blocks at the end, accepted by uncommenting:
 * <pre>
 * # ascctl translate suggests keywords: deepl, 87 of 100 characters; uncomment to accept
 * # keywords: notizen,listen,tagebuch
 * # ascctl translate: end
 * </pre>
 * Comments, order, quoting and the other keys stay untouched, so the pull request's diff shows only the new text.
 */
final class LocaleFileText {
    private static final Pattern SUGGESTION = Pattern.compile("^# ascctl translate suggests (\\w+):.*");
    private static final String END = "# ascctl translate: end";

    private final List<String> lines;

    LocaleFileText(String text) {
        this.lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        for (String line : lines) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                if (t.startsWith("{") || t.startsWith("---")) {
                    throw new IllegalArgumentException("the file is not a plain block mapping (it starts with '"
                            + t.charAt(0) + "'); translate edits block mappings only");
                }
                break;
            }
        }
    }

    /** Sets {@code key} to {@code value}: in place when the file has it, else after the last key. */
    LocaleFileText set(String key, JsonNode value) {
        List<String> rendered = render(key, value);
        int start = keyLine(key);
        if (start < 0) {
            int at = endOfContent();
            lines.addAll(at, rendered);
            return this;
        }
        int end = start + 1;
        while (end < lines.size() && !startsTopLevel(lines.get(end))) {
            end++;
        }
        while (end > start + 1 && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))) {
            end--;
        }
        lines.subList(start, end).clear();
        lines.addAll(start, rendered);
        return this;
    }

    /** Replaces any suggestion for {@code key} with this one, at the end of the file. */
    LocaleFileText suggest(String key, JsonNode value, String note) {
        dropSuggestion(key);
        lines.add("# ascctl translate suggests " + key + ": " + note.replace("\n", " "));
        render(key, value).forEach(l -> lines.add(("# " + l).stripTrailing()));
        lines.add(END);
        return this;
    }

    /** Removes the suggestion for {@code key}, if any. */
    LocaleFileText dropSuggestion(String key) {
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SUGGESTION.matcher(lines.get(i));
            if (m.matches() && m.group(1).equals(key)) {
                int end = i;
                while (end < lines.size() && !lines.get(end).equals(END)) {
                    end++;
                }
                lines.subList(i, Math.min(end + 1, lines.size())).clear();
                return this;
            }
        }
        return this;
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    private int keyLine(String key) {
        Pattern p = Pattern.compile("^(" + Pattern.quote(key) + "|\"" + Pattern.quote(key) + "\"|'" + Pattern.quote(key)
                + "')\\s*:.*");
        for (int i = 0; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).matches()) {
                return i;
            }
        }
        return -1;
    }

    /** The line after the last key's value: before the suggestions and any comments that close the file. */
    private int endOfContent() {
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            if (SUGGESTION.matcher(lines.get(i)).matches()) {
                end = i;
                break;
            }
        }
        while (end > 0 && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))
                && lastKeyBefore(end) >= 0) {
            end--;
        }
        return end;
    }

    private int lastKeyBefore(int end) {
        for (int i = end - 1; i >= 0; i--) {
            if (startsTopLevel(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A line at column 0 that is neither blank nor a comment: a top-level key. */
    private static boolean startsTopLevel(String line) {
        return !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#';
    }

    private static List<String> render(String key, JsonNode value) {
        var one = JsonNodeFactory.instance.objectNode();
        one.set(key, value);
        String text = YamlText.of(one);
        return new ArrayList<>(Arrays.asList(text.substring(0, text.length() - (text.endsWith("\n") ? 1 : 0))
                .split("\n", -1)));
    }
}
