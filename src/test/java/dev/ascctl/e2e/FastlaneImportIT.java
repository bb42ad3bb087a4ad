package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.cli.CliRunner;
import dev.ascctl.sandbox.server.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --from-fastlane}: a realistic deliver folder (src/test/resources/fastlane/weather) becomes a store,
 * and a plan against the live app (examples/sandbox/adoption-seed.yaml) shows exactly where the folder differs.
 */
@SandboxModes
class FastlaneImportIT {
    static final Path FASTLANE = Path.of("src/test/resources/fastlane/weather");
    @TempDir
    Path temp;

    @Test
    void convertsTheDeliverFolderAndPlansExactlyTheExpectedChanges() throws Exception {
        Path store = temp.resolve("store");
        var converted = new CliRunner().run("import", "--from-fastlane", FASTLANE.toString(), "--out", store.toString());
        assertThat(converted.exitCode()).as(converted.toString()).isZero();
        assertThat(converted.out()).contains("wrote apps/weather/app.yaml", "wrote apps/weather/locales/fr-FR.yaml",
                "wrote apps/weather/screenshots/en-US/APP_IPHONE_67/01_iPhone67_home.png",
                "wrote apps/weather/screenshots/en-US/APP_IPAD_PRO_3GEN_129/03_iPadPro129_home.png");
        // What could not be converted is reported, each with its reason.
        assertThat(converted.err()).contains(
                "Not converted: metadata/trade_representative_contact_information/",
                "Not converted: age rating 'GAMBLING_CONTESTS'",
                "Not converted: screenshots/de-DE/banner.png: its pixel size is not a size Apple takes",
                "Not converted: Deliverfile option 'price_tier'",
                "Not converted: Deliverfile line 'release_notes({ \"default\" => ENV[\"RELEASE_NOTES\"] })'",
                "set ASC_DEMO_PASSWORD");
        assertThat(converted.all()).doesNotContain("tr0ub4dor");
        try (Stream<Path> files = Files.walk(store)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                assertThat(Files.readString(file)).doesNotContain("tr0ub4dor");
            }
        }
        String appYaml = Files.readString(store.resolve("apps/weather/app.yaml"));
        assertThat(appYaml).contains("primary: WEATHER", "secondarySubcategoryOne: GAMES_PUZZLE",
                "profanityOrCrudeHumor: INFREQUENT_OR_MILD", "unrestrictedWebAccess: true", "versionString: '3.2'",
                "demoAccountPassword: ${env:ASC_DEMO_PASSWORD}", "demoAccountRequired: true");
        assertThat(Files.readString(store.resolve("apps/weather/locales/en-US.yaml")))
                .contains("keywords: [weather, rain, radar, forecast]");

        var validate = new CliRunner().env("ASC_DEMO_PASSWORD", "x").run("validate", "--store", store.toString());
        assertThat(validate.exitCode()).as(validate.toString()).isZero();

        try (Sandbox sandbox = Sandbox.start(SandboxFixture.sandboxOptions()
                .withSeedFile(ImportRoundTripIT.SEED))) {
            var plan = new CliRunner().env("ASC_DEMO_PASSWORD", ImportRoundTripIT.PASSWORD)
                    .sandbox(sandbox.baseUri().toString(), "plan", "--store", store.toString());
            assertThat(plan.exitCode()).as(plan.toString()).isZero();
            assertThat(plan.outLines().stream().filter(l -> l.startsWith("  # app[")).toList()).containsExactly(
                    "  # app[com.example.weather].locale[en-US].info will be updated in-place",
                    "  # app[com.example.weather].locale[fr-FR].info will be created",
                    "  # app[com.example.weather].version[3.2].locale[de-DE] will be updated in-place",
                    "  # app[com.example.weather].version[3.2].locale[fr-FR] will be created",
                    // deliver's screenshots, copied into display-type folders by pixel size; the seeded app
                    // already has iPhone 6.7" screenshots (other files), so those sets are updated
                    "  # app[com.example.weather].version[3.2].screenshots[de-DE/APP_IPHONE_67] will be updated in-place",
                    "  # app[com.example.weather].version[3.2].screenshots[en-US/APP_IPAD_PRO_3GEN_129] will be created",
                    "  # app[com.example.weather].version[3.2].screenshots[en-US/APP_IPHONE_67] will be updated in-place");
            // The Deliverfile's phased_release true is converted and matches the seeded phased release: no change.
            assertThat(Files.readString(store.resolve("apps/weather/app.yaml"))).contains("phasedRelease: true");
            assertThat(plan.out()).contains("~ subtitle = \"Forecasts by the minute\" -> \"Minute-by-minute forecasts\"",
                    "+ promotionalText = \"Jetzt mit Regenradar.\"",
                    "Plan: 3 to add, 4 to change, 0 to destroy.");
        }
    }

    @Test
    void aFolderWithoutABundleIdIsAnErrorWithNothingWritten() throws Exception {
        Path empty = Files.createDirectories(temp.resolve("fastlane"));
        var result = new CliRunner().run("import", "--from-fastlane", empty.toString(), "--out", temp.resolve("s").toString());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("no app_identifier");
        assertThat(temp.resolve("s")).doesNotExist();
    }
}
