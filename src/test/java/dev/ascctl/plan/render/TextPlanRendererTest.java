package dev.ascctl.plan.render;

import static dev.ascctl.plan.render.PlanFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.plan.Action;
import dev.ascctl.plan.AttributeChange;
import dev.ascctl.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextPlanRendererTest {
    private final TextPlanRenderer plain = new TextPlanRenderer(false);

    @Test
    void everythingMatchesGoldenFile() {
        GoldenFiles.assertMatches("everything.txt", plain.render(PlanFixtures.everything()));
    }

    @Test
    void noChangesMatchesGoldenFile() {
        GoldenFiles.assertMatches("no-changes.txt", plain.render(PlanFixtures.noChanges()));
    }

    @Test
    void onlyBlockedMatchesGoldenFile() {
        GoldenFiles.assertMatches("only-blocked.txt", plain.render(PlanFixtures.onlyBlocked()));
    }

    @Test
    void legendListsOnlyTheSymbolsUsed() {
        String text = plain.render(PlanFixtures.onlyUpdates());

        assertThat(text).contains("  ~ update in-place")
                .doesNotContain("+ create", "- destroy", "-/+ destroy and then create replacement");
    }

    @Test
    void legendListsEverySymbolWhenEveryActionOccurs() {
        String text = plain.render(PlanFixtures.everything());

        assertThat(text).contains(
                "  + create\n  ~ update in-place\n  - destroy\n-/+ destroy and then create replacement\n");
    }

    @Test
    void headersCarryTheActionAndTheReason() {
        String text = plain.render(PlanFixtures.everything());

        assertThat(text)
                .contains("  # app[com.example.notes].locale[de-DE].info will be created\n"
                        + "  + appInfoLocalization \"de-DE\" {\n")
                .contains("  # app[com.example.notes].version[2.4.0].locale[fr-FR] will be destroyed"
                        + " (because it is not in the store and pruning is on for locales)\n")
                .contains("must be replaced (because the display type of a screenshot set cannot be changed)\n"
                        + "-/+ appScreenshotSet \"de-DE/APP_IPHONE_67\" {\n");
    }

    @Test
    void deletionsComeAfterTheOtherChangesUnderTheirOwnBanner() {
        String text = plain.render(PlanFixtures.everything());

        int banner = text.indexOf("ascctl will DESTROY the following objects:");
        assertThat(banner).isGreaterThan(text.indexOf("must be replaced"));
        assertThat(text.indexOf("will be destroyed")).isGreaterThan(banner);
    }

    @Test
    void showsOnlyChangedAttributesWithTheUnchangedCount() {
        String text = plain.render(PlanFixtures.everything());

        assertThat(text)
                .contains("      ~ promotionalText = \"Now with folders.\" -> \"Now with widgets.\"\n")
                .contains("      + whatsNew        = \"Widgets.\"\n")
                .contains("      - marketingUrl    = \"https://example.com/old\" -> null\n")
                .contains("        # (4 unchanged attributes hidden)\n");
    }

    @Test
    void jsonNullIsShownAsNull() {
        String text = plain.render(PlanFixtures.everything());

        assertThat(text).contains("      - earliestReleaseDate = \"2026-06-01T00:00:00Z\" -> null\n")
                .contains("      + marketingUrl = null\n");
    }

    @Test
    void longTextIsALineDiffWithContext() {
        String text = plain.render(PlanFixtures.everything());

        assertThat(text).contains("""
                      ~ description     = <<-EOT
                          - Notes keeps your thoughts in order.
                          + Notes Pro keeps your thoughts in order.
                            Lists, checklists and journals.
                            Sync across devices.
                            # (3 unchanged lines hidden)
                            Export to PDF.
                            Dark mode.
                          + Widgets for your home screen.
                            Made in Berlin.
                        EOT
                """);
    }

    @Test
    void longSingleLineTextOver80CharactersIsALineDiffToo() {
        String text = plain.render(PlanFixtures.everything());

        assertThat(text).contains("""
                      - description = <<-EOT
                          - Notes garde vos idées en ordre. Listes, listes de contrôle et journaux, synchronisés partout.
                        EOT -> null
                """);
    }

    @Test
    void sensitiveValuesNeverAppear() {
        String text = plain.render(PlanFixtures.everything());

        assertThat(text).contains("      ~ demoAccountPassword = (sensitive value)\n").doesNotContain(SECRET);
    }

    @Test
    void aSensitiveValueShowsWhereItIsReadFromNeverTheValue() {
        Plan plan = PlanFixtures.plan(List.of(PlanFixtures.change(PlanFixtures.VERSION.child("reviewDetail"),
                "appStoreReviewDetail", Action.UPDATE, null, 0, new AttributeChange("demoAccountPassword", null,
                        PlanFixtures.text("${env:ASC_DEMO_PASSWORD}"), true))), List.of(), 3, 1);

        assertThat(plain.render(plan))
                .contains("      ~ demoAccountPassword = (sensitive value from ${env:ASC_DEMO_PASSWORD})\n");
        assertThat(new JsonPlanRenderer().render(plan)).contains("\"after_sensitive_sources\"")
                .contains("\"demoAccountPassword\": \"${env:ASC_DEMO_PASSWORD}\"");
    }

    @Test
    void sensitiveAttributeOfANewObjectIsMarkedAdded() {
        Plan plan = PlanFixtures.plan(List.of(PlanFixtures.change(PlanFixtures.VERSION.child("reviewDetail"),
                "appStoreReviewDetail", Action.CREATE, null, 0,
                new AttributeChange("demoAccountPassword", null, PlanFixtures.text(SECRET), true))), List.of(), 3, 1);

        assertThat(plain.render(plan)).contains("      + demoAccountPassword = (sensitive value)\n")
                .doesNotContain(SECRET);
    }

    @Test
    void blockedChangesAreListedWithReasonAndAttributes() {
        String text = plain.render(PlanFixtures.everything());

        assertThat(text).contains("""
                Changes that cannot be applied now:

                  # app[com.example.notes].version[2.3.1].locale[en-US]: the version is WAITING_FOR_REVIEW, and Apple refuses edits in that state
                      ~ whatsNew = "Bug fixes." -> "Widgets."
                """);
    }

    @Test
    void closesWithCountsAndRequestsThenTheManualSteps() {
        String text = plain.render(PlanFixtures.everything());

        assertThat(text).contains("Plan: 3 to add, 3 to change, 2 to destroy.\n"
                + "App Store Connect requests: 4 used by plan, about 11 for apply.\n\n"
                + "Manual steps still open in App Store Connect:\n");
        assertThat(plain.render(PlanFixtures.onlyUpdates()))
                .endsWith("App Store Connect requests: 3 used by plan, about 2 for apply.\n");
    }

    @Test
    void noChangesSaysSo() {
        assertThat(plain.render(PlanFixtures.noChanges())).isEqualTo("""
                No changes. App Store Connect matches the store.

                App Store Connect requests: 3 used by plan.
                """);
    }

    @Test
    void controlCharactersFromTheStoreCannotReachTheTerminal() {
        Plan plan = PlanFixtures.plan(List.of(PlanFixtures.change(PlanFixtures.VERSION, "appStoreVersion",
                Action.UPDATE, null, 0,
                PlanFixtures.changed("notes", PlanFixtures.text("a"), PlanFixtures.text("b\u001b[2J")),
                PlanFixtures.changed("description", PlanFixtures.text("one\ntwo"),
                        PlanFixtures.text("one\nt\u001b]0;x\u0007wo")))), List.of(), 1, 1);

        assertThat(plain.render(plan)).doesNotContain("\u001b").contains("t\\u001B]0;x\\u0007wo");
    }

    @Test
    void colourMarksTheSymbolsAndChangesNothingElse() {
        Plan plan = PlanFixtures.everything();
        String coloured = new TextPlanRenderer(true).render(plan);

        assertThat(coloured).contains("\u001b[32m+\u001b[0m create", "\u001b[33m~\u001b[0m update in-place",
                "\u001b[31m-\u001b[0m destroy", "\u001b[31m-\u001b[0m/\u001b[32m+\u001b[0m appScreenshotSet");
        assertThat(coloured.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(plain.render(plan));
    }

    @Test
    void onlyManualStepsMatchesGoldenFile() {
        GoldenFiles.assertMatches("only-manual-steps.txt", plain.render(PlanFixtures.onlyManualSteps()));
    }

    @Test
    void manualStepsEndThePlanAfterTheSummary() {
        String text = plain.render(PlanFixtures.everything());

        int heading = text.indexOf("Manual steps still open in App Store Connect:\n");
        assertThat(heading).isGreaterThan(text.indexOf("App Store Connect requests:"));
        assertThat(text.substring(heading)).isEqualTo("""
                Manual steps still open in App Store Connect:
                  - app[com.example.notes]: declare whether the app uses third-party content, or set \
                contentRightsDeclaration in app.yaml
                    (App Store Connect → App Information → Content Rights)
                  - app[com.example.notes].version[2.4.0].submission: check that the App Privacy answers are \
                complete and published (Apple's API cannot read or set them)
                    (App Store Connect → App Privacy)
                """);
        assertThat(plain.render(PlanFixtures.noChanges())).doesNotContain("Manual steps");
    }

    @Test
    void replacementsMatchGoldenFile() {
        GoldenFiles.assertMatches("replacements.txt", plain.render(PlanFixtures.replacements()));
    }

    @Test
    void valuesKnownAfterApplyMatchGoldenFile() {
        GoldenFiles.assertMatches("known-after-apply.txt", plain.render(PlanFixtures.knownAfterApply()));
    }

    @Test
    void territoryPriceMapsMatchGoldenFile() {
        GoldenFiles.assertMatches("territory-prices.txt", plain.render(PlanFixtures.territoryPrices()));
    }

    @Test
    void aChangesEffectTableMatchesGoldenFile() {
        GoldenFiles.assertMatches("price-effect.txt", plain.render(PlanFixtures.priceEffect()));
    }
}
