package dev.ascctl.store;

import dev.ascctl.vocabulary.AppCategoryTree;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Apple's App Store category ids and which category each subcategory belongs to, read from the project's one list,
 * {@code src/main/resources/apple/app-categories.txt} through {@link AppCategoryTree}, which the sandbox's seed reads
 * too; this class adds the questions the store's rules ask.
 *
 * <pre>{@code
 * AppCategories.isCategory("GAMES")            // true
 * AppCategories.parentOf("GAMES_PUZZLE")       // Optional[GAMES]
 * AppCategories.closest("PRODUCTIVTY")         // Optional[PRODUCTIVITY]
 * }</pre>
 */
public final class AppCategories {
    /** Category id → its subcategory ids, both in the file's order. */
    private static final Map<String, List<String>> TREE = AppCategoryTree.tree();

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
}
