package dev.ascctl.plan.render;

import static dev.ascctl.plan.render.PlanFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonPlanRendererTest {
    private final JsonPlanRenderer renderer = new JsonPlanRenderer();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void everythingMatchesGoldenFile() {
        GoldenFiles.assertMatches("everything.json", renderer.render(PlanFixtures.everything()));
    }

    @Test
    void noChangesMatchesGoldenFile() {
        GoldenFiles.assertMatches("no-changes.json", renderer.render(PlanFixtures.noChanges()));
    }

    @Test
    void onlyBlockedMatchesGoldenFile() {
        GoldenFiles.assertMatches("only-blocked.json", renderer.render(PlanFixtures.onlyBlocked()));
    }

    @Test
    void followsTerraformsShape() {
        JsonNode root = json.readTree(renderer.render(PlanFixtures.everything()));

        assertThat(root.get("format_version").asString()).isEqualTo("1.2");
        JsonNode create = root.get("resource_changes").get(0);
        assertThat(create.get("address").asString()).isEqualTo("app[com.example.notes].locale[de-DE].info");
        assertThat(create.get("type").asString()).isEqualTo("appInfoLocalization");
        assertThat(create.get("name").asString()).isEqualTo("de-DE");
        assertThat(create.at("/change/actions").toString()).isEqualTo("[\"create\"]");
        assertThat(create.at("/change/before").isNull()).isTrue();
        assertThat(create.at("/change/after/name").asString()).isEqualTo("Notizen Pro");
    }

    @Test
    void replaceIsDeleteThenCreateAndDeleteHasNoAfter() {
        JsonNode changes = json.readTree(renderer.render(PlanFixtures.everything())).get("resource_changes");

        JsonNode replace = changes.get(5);
        assertThat(replace.at("/change/actions").toString()).isEqualTo("[\"delete\",\"create\"]");
        assertThat(replace.at("/change/before/screenshotDisplayType").asString()).isEqualTo("APP_IPHONE_65");
        assertThat(replace.at("/change/after/screenshotDisplayType").asString()).isEqualTo("APP_IPHONE_67");
        JsonNode delete = changes.get(6);
        assertThat(delete.at("/change/actions").toString()).isEqualTo("[\"delete\"]");
        assertThat(delete.at("/change/after").isNull()).isTrue();
        assertThat(delete.at("/change/after_sensitive").asBoolean(true)).isFalse();
        assertThat(delete.get("reason").asString()).contains("pruning is on for locales");
    }

    @Test
    void clearedValuesAreJsonNull() {
        JsonNode version = json.readTree(renderer.render(PlanFixtures.everything())).get("resource_changes").get(1);

        assertThat(version.at("/change/before/earliestReleaseDate").asString()).isEqualTo("2026-06-01T00:00:00Z");
        assertThat(version.at("/change/after/earliestReleaseDate").isNull()).isTrue();
    }

    @Test
    void sensitiveAttributesAreOnlyMarked() {
        String text = renderer.render(PlanFixtures.everything());
        JsonNode review = json.readTree(text).get("resource_changes").get(3);

        assertThat(text).doesNotContain(SECRET);
        assertThat(review.at("/change/before").has("demoAccountPassword")).isFalse();
        assertThat(review.at("/change/after").has("demoAccountPassword")).isFalse();
        assertThat(review.at("/change/before_sensitive/demoAccountPassword").asBoolean()).isTrue();
        assertThat(review.at("/change/after_sensitive/demoAccountPassword").asBoolean()).isTrue();
        assertThat(review.at("/change/after/notes").asString()).contains("\"Pro\" is unlocked");
    }

    @Test
    void listsBlockedChangesAndTheSummary() {
        JsonNode root = json.readTree(renderer.render(PlanFixtures.everything()));

        JsonNode blocked = root.get("blocked_changes").get(0);
        assertThat(blocked.get("address").asString())
                .isEqualTo("app[com.example.notes].version[2.3.1].locale[en-US]");
        assertThat(blocked.get("reason").asString()).startsWith("the version is WAITING_FOR_REVIEW");
        assertThat(blocked.at("/attributes/0/name").asString()).isEqualTo("whatsNew");
        assertThat(blocked.at("/attributes/0/after").asString()).isEqualTo("Widgets.");
        assertThat(root.get("summary").toString()).isEqualTo(
                "{\"add\":3,\"change\":3,\"destroy\":2,\"requests_used\":4,\"estimated_apply_requests\":11}");
    }

    @Test
    void outputIsStable() {
        assertThat(renderer.render(PlanFixtures.everything())).isEqualTo(renderer.render(PlanFixtures.everything()));
    }

    @Test
    void onlyManualStepsMatchesGoldenFile() {
        GoldenFiles.assertMatches("only-manual-steps.json", renderer.render(PlanFixtures.onlyManualSteps()));
    }

    @Test
    void manualStepsAreAnArrayOfAddressStepAndWhere() throws Exception {
        var root = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(renderer.render(PlanFixtures.everything()));

        var steps = root.get("manual_steps");
        assertThat(steps.size()).isEqualTo(2);
        assertThat(steps.get(0).get("address").asString()).isEqualTo("app[com.example.notes]");
        assertThat(steps.get(1).get("where").asString()).isEqualTo("App Store Connect → App Privacy");
        assertThat(steps.get(1).get("step").asString()).startsWith("check that the App Privacy answers");
        assertThat(tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(renderer.render(PlanFixtures.noChanges())).get("manual_steps").isEmpty()).isTrue();
    }

    @Test
    void replacementsMatchGoldenFile() {
        GoldenFiles.assertMatches("replacements.json", renderer.render(PlanFixtures.replacements()));
    }

    @Test
    void valuesKnownAfterApplyMatchGoldenFile() {
        GoldenFiles.assertMatches("known-after-apply.json", renderer.render(PlanFixtures.knownAfterApply()));
    }

    @Test
    void territoryPriceMapsMatchGoldenFile() {
        GoldenFiles.assertMatches("territory-prices.json", renderer.render(PlanFixtures.territoryPrices()));
    }

    @Test
    void aChangesEffectTableMatchesGoldenFile() {
        GoldenFiles.assertMatches("price-effect.json", renderer.render(PlanFixtures.priceEffect()));
    }
}
