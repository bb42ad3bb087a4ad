package dev.ascctl.translate;

import dev.ascctl.store.TextLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The {@code localizations:} maps (keyed by locale) inside {@code purchases.yaml} (an in-app purchase's or a
 * subscription's name and description, a subscription group's name and customAppName) and {@code testflight.yaml}
 * (the beta app's description, a build's whatsNew) and an in-app event's {@code events/<name>.yaml} (its name,
 * shortDescription and longDescription), found and edited in the file's text so the rest of it stays as
 * written. Only texts Apple limits are translated (feedbackEmail and the URLs are not). Their provenance is kept in
 * the locales' {@link Provenance} file under {@code <file> <owner> <field>}, the owner being the list item's natural
 * key, never its line, so a record still names its field after lines are added above it (e.g.
 * {@code purchases.yaml productId com.example.notes.pro name}, {@code purchases.yaml referenceName Notes Plus
 * customAppName}, {@code testflight.yaml build 245 whatsNew}, {@code testflight.yaml app description},
 * {@code events/spring-sale.yaml event shortDescription}: an event's file is named by its reference name). A field is
 * replaced only while it is still what translate wrote (else with {@code --force}); a new locale is written as one
 * flow-style line after the source's:
 * <pre>
 *     localizations:
 *       en-US: {name: Notes Pro, description: "Every feature, forever."}
 *       es-ES: {"name": "Notes Pro", "description": "Todas las funciones, para siempre."}
 * </pre>
 */
final class NestedLocalizations {
    private static final Pattern BLOCK = Pattern.compile("^(\\s*)(- )?localizations:\\s*(#.*)?$");
    private static final Pattern ENTRY = Pattern.compile("^(\\s*)([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?):\\s*(.*)$");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One localizations map: where it is, the place its limits come from, and who owns it (for messages). */
    record Block(int line, int entryIndent, TextLimits.Place place, String owner) {
    }

    private final String fileName;
    private final List<String> lines;

    NestedLocalizations(String fileName, String text) {
        this.fileName = fileName;
        this.lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
    }

    /** The localizations maps Apple limits texts of, in file order. */
    List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = BLOCK.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            int keyIndent = m.group(1).length() + (m.group(2) == null ? 0 : 2);
            String owner;
            TextLimits.Place place;
            if (keyIndent == 0 && fileName.startsWith(EVENTS + "/")) {
                owner = "event"; // the file is the event: its name is the event's reference name
                place = TextLimits.Place.APP_EVENT_LOCALIZATION;
            } else if (keyIndent == 0) {
                if (!fileName.equals("testflight.yaml")) {
                    continue;
                }
                owner = "app";
                place = TextLimits.Place.BETA_APP_LOCALIZATION;
            } else if (fileName.startsWith(EVENTS + "/")) {
                continue;
            } else {
                owner = owner(i, keyIndent);
                if (owner == null) {
                    continue; // an item without its natural key: validate refuses it, and no record could name it
                }
                if (fileName.equals("testflight.yaml")) {
                    place = TextLimits.Place.BETA_BUILD_LOCALIZATION;
                } else if (owner.startsWith("productId ")) {
                    place = TextLimits.Place.PRODUCT_LOCALIZATION;
                } else {
                    place = TextLimits.Place.SUBSCRIPTION_GROUP_LOCALIZATION;
                }
            }
            int entryIndent = -1;
            for (int j = i + 1; j < lines.size(); j++) {
                String l = lines.get(j);
                if (l.isBlank() || l.strip().startsWith("#")) {
                    continue;
                }
                entryIndent = indent(l) > keyIndent ? indent(l) : -1;
                break;
            }
            if (entryIndent > 0) {
                out.add(new Block(i, entryIndent, place, fileName + " " + owner));
            }
        }
        return out;
    }

    /** A locale's texts in a block (flow or block style), or null when the block has no such locale. */
    Map<String, String> texts(Block block, String locale) {
        JsonNode node = node(block, locale);
        if (node == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            if (e.getValue().isString()) {
                out.put(e.getKey(), e.getValue().asString());
            }
        });
        return out;
    }

    /** Whether a locale's entry writes a key at all, a text or an explicit null (which clears it at Apple). */
    boolean writes(Block block, String locale, String field) {
        JsonNode node = node(block, locale);
        return node != null && node.has(field);
    }

    /** A locale's entry as written, or null when the block has no such locale. */
    private JsonNode node(Block block, String locale) {
        int[] range = entry(block, locale);
        if (range == null) {
            return null;
        }
        StringBuilder yaml = new StringBuilder();
        for (int i = range[0]; i < range[1]; i++) {
            yaml.append(lines.get(i).substring(Math.min(block.entryIndent(), indent(lines.get(i))))).append('\n');
        }
        return YAMLMapper.builder().build().readTree(yaml.toString()).path(locale);
    }

    /** The files whose localizations translate writes, relative to the app's folder: events/*.yaml among them. */
    static List<String> files(java.nio.file.Path appDir) {
        List<String> out = new ArrayList<>(List.of("purchases.yaml", "testflight.yaml"));
        java.nio.file.Path events = appDir.resolve(EVENTS);
        if (java.nio.file.Files.isDirectory(events, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (var list = java.nio.file.Files.list(events)) {
                list.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml") && !n.startsWith("."))
                        .sorted().forEach(n -> out.add(EVENTS + "/" + n));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot list " + events, e);
            }
        }
        return out;
    }

    /** The folder of an app's in-app events, one YAML file per event named by its reference name. */
    private static final String EVENTS = "events";

    /**
     * Writes a locale's texts as one flow-style line: in place of its entry (its other texts kept), or after the
     * source's.
     */
    void put(Block block, String locale, String after, Map<String, String> texts) {
        // Its other keys as written, an explicit null too (it clears that text at Apple; dropping it would stop
        // managing the text instead).
        var map = JSON.createObjectNode();
        JsonNode before = node(block, locale);
        if (before != null && before.isObject()) {
            before.properties().forEach(e -> map.set(e.getKey(), e.getValue()));
        }
        texts.forEach(map::put);
        StringBuilder flow = new StringBuilder();
        map.properties().forEach(e -> flow.append(flow.isEmpty() ? "" : ", ").append(JSON.writeValueAsString(e.getKey()))
                .append(": ").append(JSON.writeValueAsString(e.getValue())));
        String line = " ".repeat(block.entryIndent()) + locale + ": {" + flow + "}";
        int[] own = entry(block, locale);
        if (own != null) {
            lines.subList(own[0], own[1]).clear();
            lines.add(own[0], line);
        } else {
            int[] source = entry(block, after);
            lines.add(source[1], line);
        }
    }

    /** Where a field's key is in a locale's entry, as 1-based {line, column}, or null when it is not there. */
    int[] position(Block block, String locale, String field) {
        int[] range = entry(block, locale);
        if (range == null) {
            return null;
        }
        String q = Pattern.quote(field);
        Pattern key = Pattern.compile("(^|[{,\\s])(\"" + q + "\"|'" + q + "'|" + q + ")\\s*:(\\s|$)");
        for (int i = range[0]; i < range[1]; i++) {
            String l = lines.get(i);
            // On the entry's first line, past "<locale>:", so a field named like the locale is not mistaken.
            int from = i == range[0] ? l.indexOf(':') + 1 : 0;
            Matcher m = key.matcher(l);
            if (m.find(from)) {
                return new int[]{i + 1, l.codePointCount(0, m.start(2)) + 1};
            }
        }
        return null;
    }

    String text() {
        return String.join("\n", lines) + "\n";
    }

    /** The lines [from, to) of a locale's entry in a block, or null. */
    private int[] entry(Block block, String locale) {
        for (int i = block.line() + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.strip().startsWith("#")) {
                continue;
            }
            if (indent(l) < block.entryIndent()) {
                return null;
            }
            Matcher m = ENTRY.matcher(l);
            if (indent(l) == block.entryIndent() && m.matches() && m.group(2).equals(locale)) {
                int end = i + 1;
                while (end < lines.size() && (lines.get(end).isBlank() || indent(lines.get(end))
                        > block.entryIndent())) {
                    end++;
                }
                while (end > i + 1 && lines.get(end - 1).isBlank()) {
                    end--;
                }
                return new int[]{i, end};
            }
        }
        return null;
    }

    /**
     * What the localizations belong to: the natural key (productId, else build, number or referenceName) of the list
     * item holding them, written above or below them in the item; null when the item has none.
     */
    private String owner(int line, int keyIndent) {
        String found = null;
        Pattern key = Pattern.compile("^\\s*(?:- )?(productId|build|number|referenceName):\\s*[\"']?([^\"'#]+?)[\"']?\\s*"
                + "(#.*)?$");
        String itemStart = " ".repeat(Math.max(0, keyIndent - 2)) + "- ";
        for (int i = line; i >= 0; i--) {
            String l = lines.get(i);
            if (!l.isBlank() && !l.strip().startsWith("#") && indent(l) < keyIndent - 2) {
                break;
            }
            found = better(found, key.matcher(l), indent(l) == keyIndent || indent(l) == keyIndent - 2);
            if (l.startsWith(itemStart)) {
                break; // the item's first line
            }
        }
        // The rest of the item, below its localizations: its keys at the same indent, up to the next item.
        for (int i = line + 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.strip().startsWith("#")) {
                continue;
            }
            if (indent(l) < keyIndent) {
                break;
            }
            found = better(found, key.matcher(l), indent(l) == keyIndent);
        }
        return found;
    }

    /** A natural key found on a line of the item, productId before the others. */
    private static String better(String found, Matcher m, boolean ownKey) {
        if (m.matches() && ownKey && (found == null || m.group(1).equals("productId"))) {
            return m.group(1) + " " + m.group(2);
        }
        return found;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
