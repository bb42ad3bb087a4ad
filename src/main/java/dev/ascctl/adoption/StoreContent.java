package dev.ascctl.adoption;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The YAML documents of a store being written, by file path relative to the store root, plus notes for the user
 * (secrets written as references, things not converted), media files copied unchanged, and media files to download
 * from Apple's asset URLs. Built up by {@link #put}; files keep the order in which they were first written to, keys
 * the order in which they were put.
 *
 * <pre>
 * apps/notes/app.yaml          → {bundleId: com.example.notes, primaryLocale: en-US, review: {...}}
 * apps/notes/locales/de-DE.yaml → {name: Notizen Pro, description: ...}
 * </pre>
 */
public final class StoreContent {
    private final Map<Path, ObjectNode> files = new LinkedHashMap<>();
    private final Set<String> notes = new LinkedHashSet<>();
    private final Map<Path, Path> copies = new LinkedHashMap<>();
    private final Map<Path, RemoteFile> downloads = new LinkedHashMap<>();

    /**
     * Puts {@code values} into the map at {@code keys} (empty = the document root) of {@code file}. A key of the
     * form {@code list[field=value]} (see {@link Segment}) is the item of a list of maps with that natural key.
     */
    public StoreContent put(Path file, java.util.List<String> keys, Map<String, JsonNode> values) {
        ObjectNode node = files.computeIfAbsent(file, f -> JsonNodeFactory.instance.objectNode());
        for (String key : keys) {
            Segment segment = Segment.parse(key);
            node = segment.isListItem() ? item(node, segment) : child(node, segment.key());
        }
        ObjectNode target = node;
        values.forEach(target::set);
        return this;
    }

    private static ObjectNode child(ObjectNode node, String key) {
        JsonNode child = node.get(key);
        if (!(child instanceof ObjectNode)) {
            child = JsonNodeFactory.instance.objectNode();
            node.set(key, child);
        }
        return (ObjectNode) child;
    }

    /** The item of the list {@code segment.key()} whose natural key matches, appended (key first) when new. */
    private static ObjectNode item(ObjectNode node, Segment segment) {
        JsonNode list = node.get(segment.key());
        if (!(list instanceof ArrayNode)) {
            list = JsonNodeFactory.instance.arrayNode();
            node.set(segment.key(), list);
        }
        for (JsonNode existing : list) {
            if (existing instanceof ObjectNode item && existing.path(segment.field()).isString()
                    && existing.path(segment.field()).asString().equals(segment.value())) {
                return item;
            }
        }
        ObjectNode item = ((ArrayNode) list).addObject();
        item.put(segment.field(), segment.value());
        return item;
    }

    /** A line for the user: what to do after the import (set a secret), or what could not be converted. */
    public StoreContent note(String note) {
        notes.add(note);
        return this;
    }

    /** A file copied as it is (an image, a video) to {@code target}, relative to the store root. */
    public StoreContent copy(Path target, Path source) {
        copies.put(target, source);
        return this;
    }

    /** Target (relative to the store root) → source file, for media copied unchanged. */
    public Map<Path, Path> copies() {
        return Collections.unmodifiableMap(copies);
    }

    /** A file downloaded from Apple to {@code target}, relative to the store root (a live screenshot, a preview). */
    public StoreContent download(Path target, RemoteFile source) {
        downloads.put(target, source);
        return this;
    }

    /** Target (relative to the store root) → where to download it from, in the order they were added. */
    public Map<Path, RemoteFile> downloads() {
        return Collections.unmodifiableMap(downloads);
    }

    public Map<Path, ObjectNode> files() {
        return Collections.unmodifiableMap(files);
    }

    public Set<String> notes() {
        return Collections.unmodifiableSet(notes);
    }

    public boolean has(Path file) {
        return files.containsKey(file);
    }
}
