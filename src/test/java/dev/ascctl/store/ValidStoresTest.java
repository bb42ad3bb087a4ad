package dev.ascctl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs at Apple's limits, counted as Apple counts them, must load. */
class ValidStoresTest {

    @TempDir
    Path root;

    private AppSpec loadWithLocale(String localeYaml) {
        // Version-level text needs a version to apply to.
        TestStores.write(root, Map.of("apps/x/app.yaml", TestStores.APP + "version: {versionString: \"1.0\"}\n",
                "apps/x/locales/en-US.yaml", localeYaml));
        LoadResult result = TestStores.load(root);
        assertThat(result.problems()).isEmpty();
        return result.store().apps().get(0);
    }

    @Test
    void acceptsNinetyOneArabicCharactersOfKeywordsThoughTheyAre168Bytes() {
        String arabic = "تطبيق ملاحظات قوائم مهام";
        String keywords = String.join(",", "تطبيقملاحظات".repeat(7), "قوائممهام".repeat(1));
        keywords = keywords.substring(0, 91);
        assertThat(keywords.codePointCount(0, keywords.length())).isEqualTo(91);
        assertThat(keywords.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(100);

        AppSpec app = loadWithLocale("name: " + arabic.substring(0, 5) + "\nkeywords: \"" + keywords + "\"\n");

        assertThat(app.locales().get("en-US").version().text("keywords")).contains(keywords);
    }

    @Test
    void countsAnEmojiAsOneCharacter() {
        String emoji = "🎉".repeat(170);
        assertThat(emoji.length()).isEqualTo(340); // UTF-16 units: what a naive length() would count

        AppSpec app = loadWithLocale("name: X\npromotionalText: " + emoji + "\n");

        assertThat(app.locales().get("en-US").version().text("promotionalText")).contains(emoji);
    }

    @Test
    void acceptsThirtyCharacterNamesInGermanAndJapanese() {
        String german = "Größenänderungsüberprüfungsübe"; // 30
        String japanese = "考".repeat(30);
        assertThat(german.codePointCount(0, german.length())).isEqualTo(30);

        AppSpec app = loadWithLocale("name: " + german + "\nsubtitle: " + japanese + "\n");

        assertThat(app.locales().get("en-US").appInfo().text("name")).contains(german);
    }

    @Test
    void joinsKeywordsWithoutSpacesWhetherWrittenAsListOrString() {
        AppSpec asList = loadWithLocale("keywords: [notes , lists, journal]\n");
        assertThat(asList.locales().get("en-US").version().text("keywords")).contains("notes,lists,journal");

        AppSpec asString = loadWithLocale("keywords: \"notes, lists ,journal\"\n");
        assertThat(asString.locales().get("en-US").version().text("keywords")).contains("notes,lists,journal");
    }

    @Test
    void splitsLocaleTextIntoAppInfoAndVersionAttributes() {
        AppSpec app = loadWithLocale("locale: en-US\nname: N\nsubtitle: S\nprivacyPolicyUrl: https://e.com/p\n"
                + "description: D\nwhatsNew: W\nsupportUrl: https://e.com/s\n");

        LocaleSpec en = app.locales().get("en-US");
        assertThat(en.appInfo().values()).containsOnlyKeys("name", "subtitle", "privacyPolicyUrl");
        assertThat(en.version().values()).containsOnlyKeys("description", "whatsNew", "supportUrl");
        assertThat(en.appInfo().marks().get("subtitle")).isEqualTo(new Mark(en.file(), 3, 1));
    }

    @Test
    void acceptsNewerLocalesAndMissingStoreYaml() {
        TestStores.write(root, Map.of("apps/x/app.yaml", "bundleId: com.example.x\nprimaryLocale: zh-Hans\n",
                "apps/x/locales/zh-Hans.yaml", "name: 笔记\n", "apps/x/locales/ar-SA.yaml", "name: ملاحظات\n",
                "apps/x/locales/sl-SI.yaml", "name: Zapiski\n"));

        LoadResult result = TestStores.load(root);

        assertThat(result.problems()).isEmpty();
        assertThat(result.store().apps().get(0).locales()).containsOnlyKeys("ar-SA", "sl-SI", "zh-Hans");
        assertThat(result.store().policy()).isEqualTo(Policy.defaults());
    }
}
