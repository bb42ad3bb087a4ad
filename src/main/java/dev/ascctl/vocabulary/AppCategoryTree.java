package dev.ascctl.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Apple's App Store category ids, each with its subcategory ids, from the project's one list
 * {@code /apple/app-categories.txt} (its source is written at its top). Apple's spec does not enumerate the ids, so
 * the list is kept by hand, but in one place: the store's rules and the sandbox's seed both read it from here.
 */
public final class AppCategoryTree {
    /** The list's place on the class path. */
    public static final String RESOURCE = "/apple/app-categories.txt";

    private static final Map<String, List<String>> TREE = load();

    private AppCategoryTree() {
    }

    /** Category id → its subcategory ids, both in the file's order. */
    public static Map<String, List<String>> tree() {
        return TREE;
    }

    /** One id per line, a subcategory indented under its category, {@code #} comments. */
    private static Map<String, List<String>> load() {
        InputStream in = AppCategoryTree.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        Map<String, List<String>> tree = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!Character.isWhitespace(line.charAt(0))) {
                    current = new ArrayList<>();
                    tree.put(line.strip(), current);
                } else if (current != null) {
                    current.add(line.strip());
                } else {
                    throw new IllegalStateException(RESOURCE + ": subcategory " + line.strip() + " before any category");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        tree.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(tree);
    }
}
