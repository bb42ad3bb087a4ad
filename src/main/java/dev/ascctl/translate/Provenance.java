package dev.ascctl.translate;

import dev.ascctl.adoption.YamlText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where each machine-translated field came from: {@code apps/<app>/locales/.translations.yaml}, written by
 * {@code ascctl translate} and committed beside the locale files.
 * <pre>
 * de-DE:
 *   subtitle: {from: en-US, source: 3f1c9a0b2d4e5f61, text: 9a8b7c6d5e4f3a21, provider: deepl}
 * </pre>
 * {@code source} is the hash of the source text the translation was made from (a later edit of it makes the
 * translation stale: {@code validate} and {@code plan} warn), {@code text} the hash of the text translate wrote (a
 * different text in the locale file now means a person edited it, and translate leaves it alone without
 * {@code --force}). The localizations translate writes in {@code purchases.yaml} and {@code testflight.yaml} are
 * recorded here too, under the key {@code <file> <owner> <field>} ({@link NestedLocalizations}): one file for a
 * reviewer to read and commit, and the store loader already skips it, where a sidecar beside those files would sit
 * in the app's folder among the kinds' files.
 *
 * <p>A sidecar file rather than comments in the locale files: the store's YAML reader keeps no comments, a person
 * tidying a file would drop them unnoticed, and a hash beside every line would bury the text reviewers read in the
 * pull request. The locale files stay exactly what Apple gets; the store loader skips hidden files in
 * {@code locales/}.
 */
public final class Provenance {
    /** The file, in an app's locales folder. */
    public static final String FILE = ".translations.yaml";
    private static final String HEADER = "# Written by ascctl translate: per machine-translated field, the hash of its"
            + " source text and of the text written.\n# Commit it with the locale files; validate and plan warn when"
            + " a source changes after its translation.\n";

    /** One translated field's record. */
    public record Entry(String from, String source, String text, String provider) {
        public Entry {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(provider, "provider");
        }
    }

    private final Path file;
    /** locale to field to entry, sorted, so the file's diff is stable. */
    private final Map<String, Map<String, Entry>> entries;

    private Provenance(Path file, Map<String, Map<String, Entry>> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** The records of an app's locales folder; none when the file is absent. */
    public static Provenance read(Path localesDir) {
        Path file = localesDir.resolve(FILE);
        Map<String, Map<String, Entry>> entries = new TreeMap<>();
        if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            JsonNode root = YAMLMapper.builder().build().readTree(file.toFile());
            if (root != null && root.isObject()) {
                root.properties().forEach(locale -> locale.getValue().properties().forEach(field -> {
                    JsonNode e = field.getValue();
                    if (e.path("source").isString() && e.path("text").isString()) {
                        entries.computeIfAbsent(locale.getKey(), k -> new TreeMap<>()).put(field.getKey(),
                                new Entry(e.path("from").asString(""), e.path("source").asString(),
                                        e.path("text").asString(), e.path("provider").asString("")));
                    }
                }));
            }
        }
        return new Provenance(file, entries);
    }

    /** The record of a locale's field, or null. */
    public Entry get(String locale, String field) {
        return entries.getOrDefault(locale, Map.of()).get(field);
    }

    /** Every record, locale to field to entry. */
    public Map<String, Map<String, Entry>> all() {
        return entries;
    }

    void put(String locale, String field, Entry entry) {
        entries.computeIfAbsent(locale, k -> new TreeMap<>()).put(field, entry);
    }

    void write() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        entries.forEach((locale, fields) -> {
            ObjectNode byField = root.putObject(locale);
            fields.forEach((field, e) -> byField.putObject(field).put("from", e.from()).put("source", e.source())
                    .put("text", e.text()).put("provider", e.provider()));
        });
        try {
            Files.writeString(file, HEADER + YamlText.of(root), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** A short hash of a text: 16 hex digits of its SHA-256, enough to tell an edit, short enough to read. */
    public static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
