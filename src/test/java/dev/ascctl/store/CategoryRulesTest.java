package dev.ascctl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Category ids checked offline against Apple's list, each subcategory under its own category. */
class CategoryRulesTest {
    @TempDir
    Path root;

    private List<String> problems(String categories) {
        TestStores.write(root, Map.of("apps/x/app.yaml", TestStores.APP + "categories:\n" + categories,
                "apps/x/locales/en-US.yaml", "name: X\n"));
        return TestStores.load(root).problems().stream()
                .map(p -> p.mark().line() + ":" + p.mark().column() + " " + p.message()).toList();
    }

    @Test
    void theListHasApplesCategoriesAndOnlyGamesAndStickersHaveSubcategories() {
        assertThat(AppCategories.categories()).hasSize(26).contains("BOOKS", "DEVELOPER_TOOLS", "HEALTH_AND_FITNESS",
                "MAGAZINES_AND_NEWSPAPERS", "PHOTO_AND_VIDEO", "STICKERS", "WEATHER");
        assertThat(AppCategories.subcategoriesOf("GAMES")).hasSize(16).contains("GAMES_ACTION", "GAMES_ROLE_PLAYING");
        assertThat(AppCategories.subcategoriesOf("STICKERS")).hasSize(15).contains("STICKERS_CELEBRATIONS",
                "STICKERS_EMOJI_AND_EXPRESSIONS");
        assertThat(AppCategories.categories().stream().filter(c -> !AppCategories.subcategoriesOf(c).isEmpty()))
                .containsExactly("GAMES", "STICKERS");
        // Apple names a subcategory after its category: a line indented under the wrong one would show here.
        AppCategories.categories().forEach(c -> assertThat(AppCategories.subcategoriesOf(c)).allMatch(s -> s.startsWith(c + "_")));
    }

    @Test
    void acceptsApplesIdsWithSubcategoriesUnderTheirOwnCategory() {
        assertThat(problems("  primary: GAMES\n  primarySubcategoryOne: GAMES_PUZZLE\n  primarySubcategoryTwo: GAMES_WORD\n"
                + "  secondary: STICKERS\n  secondarySubcategoryOne: STICKERS_ART\n")).isEmpty();
        assertThat(problems("  primary: HEALTH_AND_FITNESS\n  secondary: null\n  secondarySubcategoryOne: null\n")).isEmpty();
    }

    @Test
    void anUnknownCategorySuggestsTheNearestId() {
        assertThat(problems("  primary: HEALTH_FITNESS\n")).containsExactly(
                "4:12 categories.primary 'HEALTH_FITNESS' is not an App Store category (did you mean 'HEALTH_AND_FITNESS'?)");
        assertThat(problems("  secondary: ZZZ\n")).singleElement().asString()
                .contains("'ZZZ' is not an App Store category; the categories are BOOKS, BUSINESS,", "WEATHER");
    }

    @Test
    void aSubcategoryInACategorySlotSaysWhereItGoes() {
        assertThat(problems("  primary: GAMES_ACTION\n")).containsExactly("4:12 categories.primary 'GAMES_ACTION' is a"
                + " subcategory of GAMES; write primary: GAMES and primarySubcategoryOne: GAMES_ACTION");
    }

    @Test
    void subcategoriesAreCheckedAgainstTheCategoryOfTheirSlot() {
        assertThat(problems("  primary: GAMES\n  primarySubcategoryOne: GAMES_PUZLE\n")).containsExactly(
                "5:26 categories.primarySubcategoryOne 'GAMES_PUZLE' is not an App Store subcategory (did you mean 'GAMES_PUZZLE'?)");
        assertThat(problems("  primary: STICKERS\n  primarySubcategoryTwo: GAMES_CARD\n")).singleElement().asString()
                .contains("'GAMES_CARD' belongs to GAMES, not to categories.primary STICKERS");
        assertThat(problems("  primary: UTILITIES\n  primarySubcategoryOne: STICKERS_ART\n")).singleElement().asString()
                .contains("categories.primary UTILITIES has no subcategories (only GAMES and STICKERS have them)");
        assertThat(problems("  secondarySubcategoryOne: GAMES_CARD\n")).singleElement().asString()
                .contains("needs its category in categories.secondary (GAMES)");
        assertThat(problems("  primary: GAMES\n  primarySubcategoryOne: STICKERS\n")).singleElement().asString()
                .contains("'STICKERS' is a category, not a subcategory");
    }

    @Test
    void aLowercaseIdIsReportedOnceByTheSchema() {
        assertThat(problems("  primary: games\n  primarySubcategoryOne: GAMES_CARD\n")).singleElement().asString()
                .contains("'games' is not a valid categories.primary");
    }

    @Test
    void versionTextWithoutAVersionIsAnErrorAtItsFirstKeyInEveryLocaleFile() {
        TestStores.write(root, Map.of("apps/x/app.yaml", TestStores.APP,
                "apps/x/locales/en-US.yaml", "name: X\nkeywords: [a]\ndescription: D\n",
                "apps/x/locales/de-DE.yaml", "name: X\nsubtitle: S\n",
                "apps/x/locales/fr-FR.yaml", "whatsNew: W\n"));
        List<Problem> problems = TestStores.load(root).problems();
        assertThat(problems).extracting(p -> root.relativize(p.mark().file()) + ":" + p.mark().line() + ":"
                + p.mark().column()).containsExactly("apps/x/locales/en-US.yaml:2:1", "apps/x/locales/fr-FR.yaml:1:1");
        assertThat(problems.get(0).message()).startsWith("keywords needs a version to apply to: add version:"
                + " {versionString: \"X.Y.Z\"} to apps/x/app.yaml");

        // App-info text (name, subtitle, ...) needs no version; with versionString the version text loads.
        TestStores.write(root, Map.of("apps/x/app.yaml", TestStores.APP + "version: {versionString: \"2.0\"}\n"));
        assertThat(TestStores.load(root).problems()).isEmpty();
    }
}
