package dev.ascctl.adoption.fastlane;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.adoption.StoreContent;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** fastlane's category spellings become Apple's ids; a name that matches none is reported, never written. */
class FastlaneCategoriesTest {
    static final Path FITNESS = Path.of("src/test/resources/fastlane/fitness");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "HEALTH_AND_FITNESS        | HEALTH_AND_FITNESS",       // Apple's id
            "MZGenre.HealthAndFitness  | HEALTH_AND_FITNESS",       // MZGenre + words run together
            "HealthAndFitness          | HEALTH_AND_FITNESS",
            "Health & Fitness          | HEALTH_AND_FITNESS",       // App Store Connect's display name
            "health and fitness        | HEALTH_AND_FITNESS",
            "MZGenre.Healthcare_Fitness| HEALTH_AND_FITNESS",       // iTunes Connect's legacy name
            "Photography               | PHOTO_AND_VIDEO",
            "Photo & Video             | PHOTO_AND_VIDEO",
            "MZGenre.Apps.Newsstand    | MAGAZINES_AND_NEWSPAPERS",
            "Book                      | BOOKS",
            "MZGenre.SocialNetworking  | SOCIAL_NETWORKING",
            "Games                     | GAMES",
            "MZGenre.Games             | GAMES",
            "Food & Drink              | FOOD_AND_DRINK",
            "Developer Tools           | DEVELOPER_TOOLS"})
    void convertsEveryCategorySpelling(String fastlane, String apple) {
        assertThat(FastlaneCategories.category(fastlane)).contains(apple);
    }

    @ParameterizedTest(name = "{0} under {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "GAMES_ACTION                      | GAMES    | GAMES_ACTION",
            "MZGenre.Games.Action              | GAMES    | GAMES_ACTION",     // the whole MZGenre path
            "MZGenre.Action                    | GAMES    | GAMES_ACTION",     // deliver's documented game names
            "Action                            | -        | GAMES_ACTION",
            "Role Playing                      | GAMES    | GAMES_ROLE_PLAYING",
            "MZGenre.RolePlaying               | GAMES    | GAMES_ROLE_PLAYING",
            "MZGenre.Arcade                    | GAMES    | GAMES_CASUAL",     // legacy name with other words
            "Music                             | GAMES    | GAMES_MUSIC",      // shared name: the slot decides
            "Music                             | STICKERS | STICKERS_MUSIC",
            "MZGenre.Apps.Stickers.Animals     | STICKERS | STICKERS_ANIMALS",
            "MZGenre.Apps.Stickers.Emotions    | STICKERS | STICKERS_EMOJI_AND_EXPRESSIONS",
            "Emoji & Expressions               | -        | STICKERS_EMOJI_AND_EXPRESSIONS"})
    void convertsEverySubcategorySpelling(String fastlane, String category, String apple) {
        assertThat(FastlaneCategories.subcategory(fastlane, category)).contains(apple);
    }

    @Test
    void aNameThatMatchesNoIdOrSeveralIsNotConverted() {
        assertThat(FastlaneCategories.category("Wellness")).isEmpty();
        assertThat(FastlaneCategories.category("MZGenre.Games.Action")).isEmpty(); // a subcategory, not a category
        assertThat(FastlaneCategories.subcategory("Music", null)).isEmpty();       // games or stickers: unknown
        assertThat(FastlaneCategories.subcategory("Yoga", "GAMES")).isEmpty();
    }

    @Test
    void theFixtureBecomesApplesIdsAndTheUnknownNameIsReportedNotWritten() {
        StoreContent content = new DeliverConverter(FITNESS, null, null).convert();

        var categories = content.files().get(Path.of("apps/fitness/app.yaml")).get("categories");
        assertThat(categories.properties()).extracting(e -> e.getKey() + "=" + e.getValue().asString())
                .containsExactly("primary=HEALTH_AND_FITNESS", "secondary=GAMES", "secondarySubcategoryOne=GAMES_ACTION",
                        "secondarySubcategoryTwo=GAMES_MUSIC");
        assertThat(content.notes()).anySatisfy(note -> assertThat(note).startsWith(
                "Not converted: Deliverfile option primary_first_sub_category 'Wellness': not an App Store subcategory"));
    }
}
