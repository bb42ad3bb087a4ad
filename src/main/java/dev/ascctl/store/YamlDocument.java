package dev.ascctl.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One parsed store file: its JSON tree and a mark for every JSON pointer in it, so schema and rule
 * errors about {@code /version/releaseType} can say {@code app.yaml:14:16}.
 *
 * @param valueMarks JSON pointer ("" for the root) to where the value starts
 * @param keyMarks   JSON pointer of a map entry to where its key starts
 */
record YamlDocument(Path file, JsonNode root, Map<String, Mark> valueMarks, Map<String, Mark> keyMarks) {

    YamlDocument {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(root, "root");
        valueMarks = Map.copyOf(valueMarks);
        keyMarks = Map.copyOf(keyMarks);
    }

    /** A document with nothing in it, for an empty or absent optional file. */
    static YamlDocument emptyMap(Path file) {
        return new YamlDocument(file, tools.jackson.databind.node.JsonNodeFactory.instance.objectNode(),
                Map.of("", Mark.startOf(file)), Map.of());
    }

    /** Where the value at {@code pointer} starts, or the nearest enclosing value that exists. */
    Mark valueMark(String pointer) {
        for (String p = pointer; ; p = parent(p)) {
            Mark m = valueMarks.get(p);
            if (m != null) {
                return m;
            }
            if (p.isEmpty()) {
                return Mark.startOf(file);
            }
        }
    }

    /** Where the key of the map entry at {@code pointer} starts; falls back to the value. */
    Mark keyMark(String pointer) {
        Mark m = keyMarks.get(pointer);
        return m != null ? m : valueMark(pointer);
    }

    Problem problemAt(String pointer, String message) {
        return new Problem(valueMark(pointer), message);
    }

    static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    /** A pointer as users read it: {@code /version/releaseType} -> {@code version.releaseType}, {@code /keywords/2} -> {@code keywords[2]}. */
    static String readable(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String part : pointer.substring(Math.min(1, pointer.length())).split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String key = part.replace("~1", "/").replace("~0", "~");
            if (key.chars().allMatch(Character::isDigit)) {
                out.append('[').append(key).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(key);
            }
        }
        return out.toString();
    }
}
