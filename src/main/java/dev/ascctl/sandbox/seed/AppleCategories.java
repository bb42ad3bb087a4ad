package dev.ascctl.sandbox.seed;

import java.util.List;
import java.util.Map;

/**
 * Apple's app category ids (the ids are the names, as on live ASC) and the two categories with
 * subcategories. Platforms are simplified: stickers are iOS only, everything else iOS and macOS.
 */
final class AppleCategories {
    static final List<String> TOP_LEVEL = List.of("BOOKS", "BUSINESS", "DEVELOPER_TOOLS", "EDUCATION", "ENTERTAINMENT",
            "FINANCE", "FOOD_AND_DRINK", "GAMES", "GRAPHICS_AND_DESIGN", "HEALTH_AND_FITNESS", "LIFESTYLE",
            "MAGAZINES_AND_NEWSPAPERS", "MEDICAL", "MUSIC", "NAVIGATION", "NEWS", "PHOTO_AND_VIDEO", "PRODUCTIVITY",
            "REFERENCE", "SHOPPING", "SOCIAL_NETWORKING", "SPORTS", "STICKERS", "TRAVEL", "UTILITIES", "WEATHER");

    static final Map<String, List<String>> SUBCATEGORIES = Map.of(
            "GAMES", List.of("GAMES_ACTION", "GAMES_ADVENTURE", "GAMES_BOARD", "GAMES_CARD", "GAMES_CASINO",
                    "GAMES_CASUAL", "GAMES_FAMILY", "GAMES_MUSIC", "GAMES_PUZZLE", "GAMES_RACING", "GAMES_ROLE_PLAYING",
                    "GAMES_SIMULATION", "GAMES_SPORTS", "GAMES_STRATEGY", "GAMES_TRIVIA", "GAMES_WORD"),
            "STICKERS", List.of("STICKERS_ANIMALS", "STICKERS_ART", "STICKERS_BIRTHDAYS", "STICKERS_CELEBRITIES",
                    "STICKERS_CHARACTERS", "STICKERS_EATING_AND_DRINKING", "STICKERS_EMOJI_AND_EXPRESSIONS",
                    "STICKERS_FASHION", "STICKERS_GAMING", "STICKERS_KIDS_AND_FAMILY", "STICKERS_MOVIES_AND_TV",
                    "STICKERS_MUSIC", "STICKERS_PEOPLE", "STICKERS_PLACES_AND_OBJECTS", "STICKERS_SEASONAL_AND_HOLIDAYS",
                    "STICKERS_SPORTS_AND_ACTIVITIES"));

    private AppleCategories() {
    }

    static List<String> platforms(String id) {
        return id.startsWith("STICKERS") ? List.of("IOS") : List.of("IOS", "MAC_OS");
    }
}
