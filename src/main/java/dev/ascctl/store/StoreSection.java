package dev.ascctl.store;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * An app.yaml key that a resource kind owns: the kind declares the key, the JSON Schema of its value and the rules
 * the schema cannot say, and the store checks and hands over the value without knowing the kind. The registry of
 * kinds passes every kind's section to {@link StoreLoader#load}; {@code ascctl schema app} prints the app schema
 * with them, which is the committed {@code schema/app.schema.json}.
 * <pre>{@code
 * new StoreSection("accessibilityDeclarations", schema, input -> List.of())
 * }</pre>
 *
 * @param key    the app.yaml key (not one of the keys the store itself reads)
 * @param schema the JSON Schema of its value, with a description and examples for every key (editors show them)
 * @param rules  problems the schema cannot find; called with the value as written, also when the schema found
 *               problems in it, so it must expect any shape
 * @param file   {@code null} for an app.yaml key; else a file of its own in the app folder
 *               ({@code reviews/replies.yaml}) whose whole content is the value, checked against {@code schema}
 *               and handed over under {@code key} when the file exists ({@link #ownFile}); or
 *               {@code <folder>/*.yaml}: a folder of its own whose every YAML file is one value ({@link #ownFolder})
 */
public record StoreSection(String key, JsonNode schema, Function<SectionInput, List<Problem>> rules, String file,
                           boolean media) {
    public StoreSection {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(rules, "rules");
        if (!schema.isObject() || !schema.path("description").isString()) {
            throw new IllegalArgumentException(key + ": a section's schema is an object with a description");
        }
    }

    /** An app.yaml key. */
    /** An app.yaml key, a single file of its own or a folder of its own. */
    public StoreSection(String key, JsonNode schema, Function<SectionInput, List<Problem>> rules, String file) {
        this(key, schema, rules, file, false);
    }

    /**
     * Files of their own matching a pattern in the app folder, {@code *} standing for any characters of one folder
     * or file name (not starting with a dot), e.g. {@code "product-pages/*&#47;page.yaml"}: each file is checked
     * against {@code schema} and {@code rules} and is one value of {@code app.sections().all(key)}, with its path
     * ({@link SectionInput#path()}). With {@code media}, the screenshots/ and previews/ folders beside each file are
     * read and checked as an app's are (display types, sizes, counts, the locale files of the locales/ folder
     * beside it) and handed over with it ({@link SectionInput#media()}).
     */
    public static StoreSection ownFiles(String key, String pattern, JsonNode schema,
                                        Function<SectionInput, List<Problem>> rules, boolean media) {
        ownFile(key, pattern.replace("*", "x"), schema, rules); // the same checks of the path
        if (!pattern.substring(0, pattern.lastIndexOf('/') + 1).contains("*")) {
            throw new IllegalArgumentException(key + ": a pattern has a * in a folder name (else use ownFolder)");
        }
        return new StoreSection(key, schema, rules, pattern, media);
    }

    /** Whether this section's files match a pattern ({@link #ownFiles}). */
    public boolean isPattern() {
        return file != null && file.substring(0, Math.max(0, file.lastIndexOf('/'))).contains("*");
    }

    public StoreSection(String key, JsonNode schema, Function<SectionInput, List<Problem>> rules) {
        this(key, schema, rules, null);
    }

    /** An app.yaml key the schema checks completely. */
    public StoreSection(String key, JsonNode schema) {
        this(key, schema, input -> List.of());
    }

    /**
     * A file of its own in the app folder, e.g. {@code ownFile("reviewReplies", "reviews/replies.yaml", ...)}: its
     * whole content is the value ({@link SectionInput} pointers are relative to the file's root), and a kind finds it
     * with {@code app.section(key)} as it finds an app.yaml key. An absent file is an absent key.
     */
    public static StoreSection ownFile(String key, String file, JsonNode schema,
                                       Function<SectionInput, List<Problem>> rules) {
        if (file == null || file.isBlank() || file.startsWith("/") || file.contains("..") || !file.endsWith(".yaml")) {
            throw new IllegalArgumentException(key + ": a section's own file is a .yaml path inside the app folder");
        }
        return new StoreSection(key, schema, rules, file);
    }

    /**
     * A folder of its own in the app folder, e.g. {@code ownFolder("events", "events", ...)}: each
     * {@code events/<name>.yaml} is one value, checked against {@code schema} on its own ({@link SectionInput}
     * pointers relative to that file's root), and a kind finds them by name with {@code app.sectionFiles(key)}. Other
     * entries of the folder (subfolders holding the values' media, hidden files) are the kind's or nobody's.
     */
    public static StoreSection ownFolder(String key, String folder, JsonNode schema,
                                         Function<SectionInput, List<Problem>> rules) {
        if (folder == null || !folder.matches("[a-z][a-z0-9-]*(/[a-z][a-z0-9-]*)*")) {
            throw new IllegalArgumentException(key + ": a section's own folder is a lower-case path inside the app"
                    + " folder");
        }
        return new StoreSection(key, schema, rules, folder + FOLDER_FILES);
    }

    private static final String FOLDER_FILES = "/*.yaml";

    /** Whether this is a file (or folder) of its own rather than an app.yaml key. */
    public boolean isOwnFile() {
        return file != null;
    }

    /** The folder of an {@link #ownFolder} section, or null. */
    public String folder() {
        return file != null && file.endsWith(FOLDER_FILES) && !isPattern() ? file.substring(0, file.length() - FOLDER_FILES.length())
                : null;
    }
}
