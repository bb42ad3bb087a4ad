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
    /** For a file matched by a pattern: its path in the app folder, with '/' between segments; else null. */
    private final String path;
    /** For a file matched by a pattern with media: the screenshots and previews beside it. */
    private final MediaSpec media;

    SectionInput(YamlDocument file, String key) {
        this(file, key, YamlDocument.child("", key), null);
    }

    private SectionInput(YamlDocument file, String key, String base, String name) {
        this(file, key, base, name, null, MediaSpec.none());
    }

    private SectionInput(YamlDocument file, String key, String base, String name, String path, MediaSpec media) {
        this.file = file;
        this.key = key;
        this.base = base;
        this.name = name;
        this.path = path;
        this.media = media;
    }

    /** One file of a section whose files match a pattern ({@link StoreSection#ownFiles}). */
    static SectionInput matched(YamlDocument file, String key, String path, MediaSpec media) {
        return new SectionInput(file, key, "", null, path, media);
    }

    /**
     * The file's path in the app folder for a file matched by a pattern ({@code product-pages/spring/page.yaml});
     * empty for an app.yaml key, an own file or an own folder's file.
     */
    public java.util.Optional<String> path() {
        return java.util.Optional.ofNullable(path);
    }

    /**
     * The screenshots and previews in the folder of a file matched by a pattern with media, in the app's own
     * layout ({@code screenshots/<locale>/<TYPE>/}), already checked; none otherwise.
     */
    public MediaSpec media() {
        return media;
    }

    /** Where the file starts: for a problem about the file as a whole. */
    public Mark fileMark() {
        return Mark.startOf(file.file());
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
