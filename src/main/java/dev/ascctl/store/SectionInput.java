package dev.ascctl.store;

import tools.jackson.databind.JsonNode;

/**
 * The value of one kind-owned app.yaml key ({@link StoreSection}) as written, with the places of its parts, so the
 * kind reads its own YAML and still reports {@code app.yaml:line:column}. Pointers are relative to the value:
 * {@code "/IPHONE/supportsVoiceover"}, {@code ""} for the value itself.
 */
public final class SectionInput {
    private final YamlDocument file;
    private final String key;
    /** The value's pointer in its file: {@code /key} in app.yaml, {@code ""} for a section's own file. */
    private final String base;

    /** The file's name without {@code .yaml} for a file of a section's own folder, else null. */
    private final String name;

    SectionInput(YamlDocument file, String key) {
        this(file, key, YamlDocument.child("", key), null);
    }

    private SectionInput(YamlDocument file, String key, String base, String name) {
        this.file = file;
        this.key = key;
        this.base = base;
        this.name = name;
    }

    /** A section's own file ({@link StoreSection#ownFile}): the whole file is the value. */
    static SectionInput whole(YamlDocument file, String key) {
        return new SectionInput(file, key, "", null);
    }

    /** One file of a section's own folder ({@link StoreSection#ownFolder}): the whole file is the value. */
    static SectionInput inFolder(YamlDocument file, String key, String name) {
        return new SectionInput(file, key, "", name);
    }

    /** The file's name without {@code .yaml}, for a file of a section's own folder ({@code events/<name>.yaml}). */
    public String name() {
        return name;
    }

    /** The file the value is written in. */
    public java.nio.file.Path file() {
        return file.file();
    }

    /** The app.yaml key. */
    public String key() {
        return key;
    }

    /** The value as written (JSON null for an explicit {@code null}). */
    public JsonNode value() {
        return base.isEmpty() ? file.root() : file.root().path(key);
    }

    /** Where the key is written. */
    public Mark keyMark() {
        return file.keyMark(pointer(""));
    }

    /** Where the value at {@code pointer} (relative) starts, or the nearest enclosing one. */
    public Mark mark(String pointer) {
        return file.valueMark(pointer(pointer));
    }

    /** Where the key of the map entry at {@code pointer} (relative) is written. */
    public Mark keyMark(String pointer) {
        return file.keyMark(pointer(pointer));
    }

    /** A problem at the value at {@code pointer} (relative). */
    public Problem problemAt(String pointer, String message) {
        return file.problemAt(pointer(pointer), message);
    }

    /** The pointer of a map entry's child, escaped: {@code child("/a", "b/c")} is {@code /a/b~1c}. */
    public static String child(String pointer, String name) {
        return YamlDocument.child(pointer, name);
    }

    private String pointer(String relative) {
        return base + relative;
    }
}
