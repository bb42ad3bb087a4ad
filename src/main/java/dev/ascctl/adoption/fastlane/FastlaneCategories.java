package dev.ascctl.adoption.fastlane;

import dev.ascctl.store.AppCategories;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Apple's category id from the spellings found in fastlane folders ({@code primary_category.txt} and friends, or the
 * Deliverfile options of the same names):
 * <pre>
 * HEALTH_AND_FITNESS                      Apple's id, as deliver writes it today
 * MZGenre.HealthAndFitness, HealthAndFitness, Health &amp; Fitness, health and fitness   → HEALTH_AND_FITNESS
 * MZGenre.Healthcare_Fitness, Photography, Apps.Newsstand, Book   (iTunes Connect's legacy names) → Apple's ids
 * MZGenre.Games.Action, Action (under Games), MZGenre.Apps.Stickers.Emotions           → GAMES_ACTION, ...
 * </pre>
 * A subcategory name shared by games and stickers ("Music") is resolved by the category of its slot.
 */
final class FastlaneCategories {
    /**
     * iTunes Connect's legacy category names whose words differ from Apple's ids; from fastlane's own mapping
     * (spaceship's {@code AppCategory::LEGACY_CATEGORY_ITC_MAP}). Names equal to the id apart from case and
     * punctuation ("Business", "SocialNetworking") need no entry.
     */
    private static final Map<String, String> LEGACY_CATEGORIES = Map.of(
            "Apps.Food_Drink", "FOOD_AND_DRINK", "Book", "BOOKS", "Apps.GraphicsDesign", "GRAPHICS_AND_DESIGN",
            "Apps.DeveloperTools", "DEVELOPER_TOOLS", "Healthcare_Fitness", "HEALTH_AND_FITNESS",
            "Apps.Newsstand", "MAGAZINES_AND_NEWSPAPERS", "Apps.Shopping", "SHOPPING", "Photography", "PHOTO_AND_VIDEO");
    /** The same for subcategories (spaceship's {@code LEGACY_SUBCATEGORY_ITC_MAP}), where the words differ. */
    private static final Map<String, String> LEGACY_SUBCATEGORIES = Map.ofEntries(
            Map.entry("Apps.Stickers.Places", "STICKERS_PLACES_AND_OBJECTS"),
            Map.entry("Apps.Stickers.Emotions", "STICKERS_EMOJI_AND_EXPRESSIONS"),
            Map.entry("Apps.Stickers.BirthdaysAndCelebrations", "STICKERS_CELEBRATIONS"),
            Map.entry("Apps.Stickers.Sports", "STICKERS_SPORTS_AND_ACTIVITIES"),
            Map.entry("Apps.Stickers.FoodAndDrink", "STICKERS_EATING_AND_DRINKING"),
            Map.entry("Apps.Stickers.Games", "STICKERS_GAMING"),
            Map.entry("Arcade", "GAMES_CASUAL"));

    private FastlaneCategories() {
    }

    /** Apple's id of a primary or secondary category; empty when the name matches none. */
    static Optional<String> category(String value) {
        String name = withoutGenrePrefix(value);
        if (LEGACY_CATEGORIES.containsKey(name)) {
            return Optional.of(LEGACY_CATEGORIES.get(name));
        }
        return unique(AppCategories.categories().stream().filter(id -> key(id).equals(key(name))).toList());
    }

    /**
     * Apple's id of a subcategory; empty when the name matches none, or several and the slot's category does not
     * say which.
     *
     * @param category Apple's id of the category of the same slot, or null when unknown
     */
    static Optional<String> subcategory(String value, String category) {
        String name = withoutGenrePrefix(value);
        if (LEGACY_SUBCATEGORIES.containsKey(name)) {
            return Optional.of(LEGACY_SUBCATEGORIES.get(name));
        }
        String wanted = key(name);
        List<String> candidates = category != null && !AppCategories.subcategoriesOf(category).isEmpty()
                ? AppCategories.subcategoriesOf(category) : AppCategories.allSubcategories();
        // "GAMES_ACTION" is written whole (GAMES_ACTION, Games.Action, Apps.Stickers.Art) or by its own word (Action).
        return unique(candidates.stream().filter(id -> {
            String parent = key(AppCategories.parentOf(id).orElseThrow());
            return key(id).equals(wanted) || key(id).equals(parent + wanted);
        }).toList());
    }

    private static String withoutGenrePrefix(String value) {
        String v = value.strip();
        return v.startsWith("MZGenre.") ? v.substring("MZGenre.".length()) : v;
    }

    /** Letters and digits only, lower case, "&amp;" read as "and", iTunes Connect's "Apps." group dropped. */
    private static String key(String name) {
        String words = name.startsWith("Apps.") ? name.substring("Apps.".length()) : name;
        return words.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z0-9]", "");
    }

    private static Optional<String> unique(List<String> matches) {
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
