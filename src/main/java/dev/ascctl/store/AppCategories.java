package dev.ascctl.store;

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
import java.util.Optional;
import java.util.Set;

/**
 * Apple's App Store category ids and which category each subcategory belongs to, read from the project's one list,
 * {@code src/main/resources/apple/app-categories.txt} (its source is written at its top). The sandbox seeds the same
 * file; Apple's spec does not enumerate the ids.
 *
 * <pre>{@code
 * AppCategories.isCategory("GAMES")            // true
 * AppCategories.parentOf("GAMES_PUZZLE")       // Optional[GAMES]
 * AppCategories.closest("PRODUCTIVTY")         // Optional[PRODUCTIVITY]
 * }</pre>
 */
public final class AppCategories {
    /** The list's place on the class path; the sandbox reads the same resource. */
    public static final String RESOURCE = "/apple/app-categories.txt";

    /** Category id → its subcategory ids, both in the file's order. */
    private static final Map<String, List<String>> TREE = load();

    private AppCategories() {
    }

    /** The top-level category ids (what primary and secondary take). */
    public static Set<String> categories() {
        return TREE.keySet();
    }

    public static boolean isCategory(String id) {
        return TREE.containsKey(id);
    }

    /** The subcategories of a category; empty for a category without any, or an unknown id. */
    public static List<String> subcategoriesOf(String category) {
        return TREE.getOrDefault(category, List.of());
    }

    /** The category a subcategory belongs to; empty when {@code id} is not a subcategory. */
    public static Optional<String> parentOf(String id) {
        return TREE.entrySet().stream().filter(e -> e.getValue().contains(id)).map(Map.Entry::getKey).findFirst();
    }

    /** Every subcategory id of every category. */
    public static List<String> allSubcategories() {
        return TREE.values().stream().flatMap(List::stream).toList();
    }

    /** The category id nearest to a wrong one, if near enough to be a typo. */
    public static Optional<String> closestCategory(String wrong) {
        return Suggestions.closest(wrong, TREE.keySet());
    }

    /** The subcategory of {@code category} (or of any category, when null) nearest to a wrong id. */
    public static Optional<String> closestSubcategory(String wrong, String category) {
        List<String> candidates = category != null && isCategory(category) ? subcategoriesOf(category) : allSubcategories();
        return Suggestions.closest(wrong, candidates);
    }

    private static Map<String, List<String>> load() {
        InputStream in = AppCategories.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCE);
        }
        Map<String, List<String>> tree = new LinkedHashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String current = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String id = line.strip();
                if (Character.isWhitespace(line.charAt(0))) {
                    if (current == null) {
                        throw new IllegalStateException(RESOURCE + ": subcategory " + id + " before any category");
                    }
                    tree.get(current).add(id);
                } else {
                    current = id;
                    tree.put(id, new ArrayList<>());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        tree.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }
}
