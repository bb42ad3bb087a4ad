package dev.ascctl.store;

import dev.ascctl.resource.registry.AllKinds;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.NullNode;

class DefaultsAndNullsTest {

    @TempDir
    Path root;

    private static final String LOCALE = "name: X\n";

    @Test
    void appBeatsStoreYamlBeatsCredentials() {
        TestStores.write(root, Map.of(
                "store.yaml", "defaults:\n  copyright: 2026 Store Inc.\n  review:\n    contactFirstName: Store\n"
                        + "    contactEmail: store@example.com\n",
                "apps/x/app.yaml", TestStores.APP + "review:\n  contactEmail: app@example.com\n",
                "apps/x/locales/en-US.yaml", LOCALE));
        Path credentials = root.resolve("credentials.local.yaml");
        ContactDefaultsInput extra = new ContactDefaultsInput(Map.of("contactEmail", "cred@example.com",
                "contactFirstName", "Cred", "contactLastName", "Lovelace", "copyright", "2026 Cred Inc.",
                "company", "Cred Inc."), credentials);

        LoadResult result = StoreLoader.load(root, extra, new SecretResolver(root, Map.of()),
                AllKinds.registry().storeRules());

        AppSpec app = result.store().apps().get(0);
        assertThat(app.review().text("contactEmail")).contains("app@example.com");
        assertThat(app.review().text("contactFirstName")).contains("Store");
        assertThat(app.review().text("contactLastName")).contains("Lovelace");
        assertThat(app.review().marks().get("contactLastName")).isEqualTo(Mark.startOf(credentials));
        assertThat(app.review().marks().get("contactFirstName")).isEqualTo(new Mark(root.resolve("store.yaml"), 4, 5));
        assertThat(app.review().has("contactPhone")).isFalse();
        assertThat(app.version().text("copyright")).contains("2026 Store Inc.");
        assertThat(result.store().defaults().review().text("contactEmail")).contains("store@example.com");
    }

    @Test
    void explicitNullClearsAndIsNotReplacedByADefault() {
        TestStores.write(root, Map.of(
                "store.yaml", "defaults:\n  copyright: 2026 Store Inc.\n",
                "apps/x/app.yaml", TestStores.APP + "version:\n  copyright: null\n  phasedRelease: ~\n",
                "apps/x/locales/en-US.yaml", "name: X\nsubtitle: null\n"));

        AppSpec app = TestStores.load(root).store().apps().get(0);

        assertThat(app.version().values()).containsEntry("copyright", NullNode.getInstance())
                .containsEntry("phasedRelease", NullNode.getInstance());
        assertThat(app.locales().get("en-US").appInfo().get("subtitle")).contains(NullNode.getInstance());
    }

    @Test
    void absentKeysAreNotManagedAndNothingIsDefaultedSilently() {
        TestStores.write(root, Map.of("apps/x/app.yaml", TestStores.APP, "apps/x/locales/en-US.yaml", LOCALE));

        AppSpec app = TestStores.load(root).store().apps().get(0);

        assertThat(app.version().isEmpty()).isTrue();
        assertThat(app.review().isEmpty()).isTrue();
        assertThat(app.ageRating().isEmpty()).isTrue();
        assertThat(app.locales().get("en-US").appInfo().has("subtitle")).isFalse();
        assertThat(app.platform()).isEqualTo("IOS");
    }

    @Test
    void keepsValuesAsWrittenWithTheirTypes() {
        TestStores.write(root, Map.of("apps/x/app.yaml", TestStores.APP
                        + "ageRating:\n  gambling: false\n  violenceRealistic: NONE\ncategories: {primary: GAMES, primarySubcategoryOne: GAMES_PUZZLE}\n",
                "apps/x/locales/en-US.yaml", LOCALE));

        AppSpec app = TestStores.load(root).store().apps().get(0);

        assertThat(app.ageRating().get("gambling").orElseThrow().isBoolean()).isTrue();
        assertThat(app.ageRating().values().keySet()).containsExactly("gambling", "violenceRealistic");
        assertThat(app.categories().text("primarySubcategoryOne")).contains("GAMES_PUZZLE");
        assertThat(AppSpec.categoryRelationship("primary")).isEqualTo("primaryCategory");
    }
}
