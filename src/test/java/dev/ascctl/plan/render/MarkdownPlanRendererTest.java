package dev.ascctl.plan.render;

import static dev.ascctl.plan.render.PlanFixtures.SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.plan.Action;
import dev.ascctl.plan.Plan;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownPlanRendererTest {
    private final MarkdownPlanRenderer renderer = new MarkdownPlanRenderer();

    @Test
    void everythingMatchesGoldenFile() {
        GoldenFiles.assertMatches("everything.md", renderer.render(PlanFixtures.everything()));
    }

    @Test
    void noChangesMatchesGoldenFile() {
        GoldenFiles.assertMatches("no-changes.md", renderer.render(PlanFixtures.noChanges()));
    }

    @Test
    void onlyBlockedMatchesGoldenFile() {
        GoldenFiles.assertMatches("only-blocked.md", renderer.render(PlanFixtures.onlyBlocked()));
    }

    @Test
    void hugePlanMatchesGoldenFile() {
        GoldenFiles.assertMatches("huge.md", renderer.render(PlanFixtures.huge()));
    }

    @Test
    void startsWithTheHiddenMarkerAndTheStatusTitle() {
        assertThat(renderer.render(PlanFixtures.everything()))
                .startsWith("<!-- ascctl-plan -->\n### ascctl plan: 3 to add, 3 to change, 2 to destroy\n");
        assertThat(renderer.render(PlanFixtures.noChanges()))
                .startsWith("<!-- ascctl-plan -->\n### ascctl plan: no changes\n");
    }

    @Test
    void warnsAboutEveryObjectThatIsDestroyed() {
        String markdown = renderer.render(PlanFixtures.everything());

        assertThat(markdown).contains("> [!WARNING]\n> This plan destroys 2 objects:\n"
                + "> - `app[com.example.notes].version[2.4.0].screenshots[de-DE/APP_IPHONE_67]` is replaced"
                + " (because the display type of a screenshot set cannot be changed)\n"
                + "> - `app[com.example.notes].version[2.4.0].locale[fr-FR]` is destroyed"
                + " (because it is not in the store and pruning is on for locales)\n");
        assertThat(renderer.render(PlanFixtures.onlyUpdates())).doesNotContain("[!WARNING]");
    }

    @Test
    void listsBlockedChangesBeforeThePlan() {
        String markdown = renderer.render(PlanFixtures.onlyBlocked());

        assertThat(markdown).contains("**Changes that cannot be applied now**\n\n"
                + "- `app[com.example.notes].version[2.4.0].locale[en-US]`: whatsNew cannot be set on an app's"
                + " first version (`whatsNew`)\n");
        assertThat(markdown.indexOf("**Changes that cannot")).isLessThan(markdown.indexOf("<details>"));
    }

    @Test
    void diffFenceHasMarksInTheFirstColumn() {
        String markdown = renderer.render(PlanFixtures.everything());

        assertThat(markdown).contains("<details><summary>Show plan</summary>\n\n```diff\n")
                .contains("\n+   appInfoLocalization \"de-DE\" {\n")
                .contains("\n!       promotionalText = \"Now with folders.\" -> \"Now with widgets.\"\n")
                .contains("\n-           Notes keeps your thoughts in order.\n")
                .contains("\n+           Notes Pro keeps your thoughts in order.\n")
                .contains("\n            Lists, checklists and journals.\n")
                .contains("\n-/+ appScreenshotSet")
                .contains("App Store Connect requests: 4 used by plan, about 11 for apply.\n```\n\n</details>\n");
    }

    @Test
    void sensitiveValuesNeverAppear() {
        String markdown = renderer.render(PlanFixtures.everything());

        assertThat(markdown).contains("!       demoAccountPassword = (sensitive value)").doesNotContain(SECRET);
    }

    @Test
    void hugePlanStaysUnderGitHubsLimitAndKeepsHeadAndTail() {
        Plan plan = PlanFixtures.huge();
        String full = new TextPlanRenderer(false).render(plan);
        String markdown = renderer.render(plan);

        assertThat(full.length()).as("the plan itself is over the limit").isGreaterThan(100_000);
        assertThat(markdown.length()).isLessThan(MarkdownPlanRenderer.GITHUB_COMMENT_LIMIT)
                .isGreaterThan(MarkdownPlanRenderer.GITHUB_COMMENT_LIMIT - 1_000);
        assertThat(markdown)
                .startsWith("<!-- ascctl-plan -->\n### ascctl plan: 0 to add, 300 to change, 150 to destroy\n")
                .contains("  # app[com.example.notes].version[2.4.0].locale[x0] will be updated in-place\n")
                .containsPattern("\n\\.\\.\\. \\d+ lines cut to stay under GitHub's 65,536-character comment limit"
                        + " \\.\\.\\.\n")
                .contains("tester149@example.com")
                .endsWith("Plan: 0 to add, 300 to change, 150 to destroy.\n"
                        + "App Store Connect requests: 601 used by plan, about 451 for apply.\n```\n\n</details>\n");
        assertThat(markdown).doesNotContain("locale[x150]");
    }

    @Test
    void theCutCountsExactlyTheLinesLeftOut() {
        Plan plan = PlanFixtures.huge();
        List<String> all = PlanLayout.lines(plan).stream().map(PlanLine::diff).toList();
        String markdown = renderer.render(plan);
        String fenced = markdown.substring(markdown.indexOf("```diff\n") + 8, markdown.lastIndexOf("\n```"));
        List<String> shown = List.of(fenced.split("\n", -1));

        int cut = Integer.parseInt(shown.stream().filter(l -> l.startsWith("... ")).findFirst().orElseThrow()
                .replaceAll("\\D+(\\d+).*", "$1"));
        assertThat(shown.size() - 1 + cut).isEqualTo(all.size());
        assertThat(all).startsWith(shown.get(0), shown.get(1)).endsWith(shown.get(shown.size() - 1));
    }

    @Test
    void longDeletionBannerIsCutToo() {
        String markdown = renderer.render(PlanFixtures.huge());
        String banner = markdown.substring(markdown.indexOf("> [!WARNING]"), markdown.indexOf("<details>"));

        assertThat(banner).contains("> This plan destroys 150 objects:", "tester0@example.com",
                "tester149@example.com").containsPattern("> - \\.\\.\\. \\d+ more cut to keep this short");
        assertThat(banner.length()).isLessThan(8_200);
    }

    @Test
    void backticksInTheStoreCannotCloseTheFence() {
        Plan plan = PlanFixtures.plan(List.of(PlanFixtures.change(PlanFixtures.VERSION, "appStoreVersion",
                Action.UPDATE, null, 0, PlanFixtures.changed("notes", PlanFixtures.text("a"),
                        PlanFixtures.text("```\n</details> ````")))), List.of(), 1, 1);

        assertThat(renderer.render(plan)).contains("\n`````diff\n").endsWith("\n`````\n\n</details>\n");
    }

    @Test
    void onlyManualStepsMatchesGoldenFile() {
        GoldenFiles.assertMatches("only-manual-steps.md", renderer.render(PlanFixtures.onlyManualSteps()));
    }

    @Test
    void manualStepsAreAChecklistAfterThePlanOutsideTheDiff() {
        String markdown = renderer.render(PlanFixtures.everything());

        assertThat(markdown).endsWith("</details>\n\n**Manual steps still open in App Store Connect**\n\n"
                + "- [ ] `app[com.example.notes]`: declare whether the app uses third-party content, or set"
                + " contentRightsDeclaration in app.yaml (App Store Connect → App Information → Content Rights)\n"
                + "- [ ] `app[com.example.notes].version[2.4.0].submission`: check that the App Privacy answers are"
                + " complete and published (Apple's API cannot read or set them) (App Store Connect → App Privacy)\n");
        assertThat(markdown.substring(0, markdown.indexOf("</details>"))).doesNotContain("Manual steps");
        assertThat(renderer.render(PlanFixtures.noChanges())).doesNotContain("Manual steps");
    }

    @Test
    void aManualStepCannotOpenHtml() {
        String markdown = renderer.render(PlanFixtures.onlyManualSteps());

        assertThat(markdown).contains("&lt;/details> &lt;b>now&lt;/b>").endsWith(")\n");
        assertThat(markdown.indexOf("</details>")).isEqualTo(markdown.lastIndexOf("</details>"));
    }

    @Test
    void replacementsMatchGoldenFile() {
        GoldenFiles.assertMatches("replacements.md", renderer.render(PlanFixtures.replacements()));
    }

    @Test
    void valuesKnownAfterApplyMatchGoldenFile() {
        GoldenFiles.assertMatches("known-after-apply.md", renderer.render(PlanFixtures.knownAfterApply()));
    }

    @Test
    void territoryPriceMapsMatchGoldenFile() {
        GoldenFiles.assertMatches("territory-prices.md", renderer.render(PlanFixtures.territoryPrices()));
    }

    @Test
    void aChangesEffectTableMatchesGoldenFile() {
        GoldenFiles.assertMatches("price-effect.md", renderer.render(PlanFixtures.priceEffect()));
    }
}
