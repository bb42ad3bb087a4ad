package dev.ascctl.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The kind-owned keys ({@link StoreSection}) an app.yaml writes, by key, and the files of the kinds' own folders
 * ({@link StoreSection#ownFolder}) by key and file name. A key left out is absent here: that kind is not managed for
 * the app.
 */
public record SectionValues(Map<String, SectionInput> byKey, Map<String, SortedMap<String, SectionInput>> folders,
                            Map<String, java.util.List<SectionInput>> many) {
    private static final SectionValues NONE = new SectionValues(Map.of());

    public SectionValues {
        byKey = Collections.unmodifiableMap(new LinkedHashMap<>(byKey));
        Map<String, SortedMap<String, SectionInput>> copy = new LinkedHashMap<>();
        folders.forEach((key, files) -> copy.put(key, Collections.unmodifiableSortedMap(new TreeMap<>(files))));
        folders = Collections.unmodifiableMap(copy);
        Map<String, java.util.List<SectionInput>> matched = new LinkedHashMap<>();
        many.forEach((key, inputs) -> matched.put(key, java.util.List.copyOf(inputs)));
        many = Collections.unmodifiableMap(matched);
    }

    /** App.yaml keys, own files and own folders; no files matched by a pattern. */
    public SectionValues(Map<String, SectionInput> byKey, Map<String, SortedMap<String, SectionInput>> folders) {
        this(byKey, folders, Map.of());
    }

    /** Only app.yaml keys and own files, no folders. */
    public SectionValues(Map<String, SectionInput> byKey) {
        this(byKey, Map.of());
    }

    public static SectionValues none() {
        return NONE;
    }

    /** The value under {@code key}, when app.yaml writes it. */
    public Optional<SectionInput> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The files of the own folder of {@code key}, by file name (without {@code .yaml}); empty without the folder. */
    public SortedMap<String, SectionInput> files(String key) {
        return folders.getOrDefault(key, Collections.emptySortedMap());
    }

    /**
     * Every file of a section whose files match a pattern ({@link StoreSection#ownFiles}), in path order; the one
     * value of any other key, when written.
     */
    public java.util.List<SectionInput> all(String key) {
        java.util.List<SectionInput> files = many.get(key);
        return files != null ? files : find(key).map(java.util.List::of).orElse(java.util.List.of());
    }

    /** Whether the app has the own folder of {@code key} (an empty folder too: pruning then applies). */
    public boolean hasFolder(String key) {
        return folders.containsKey(key);
    }
}
