package dev.ascctl.plan.render;

import dev.ascctl.plan.Action;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.ResourceChange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan as a pull-request comment:
 * <pre>
 * &lt;!-- ascctl-plan --&gt;
 * ### ascctl plan: 2 to add, 5 to change, 1 to destroy
 *
 * &gt; [!WARNING]
 * &gt; This plan destroys 1 object:
 * &gt; - `app[com.example.notes].version[2.4.0].locale[fr-FR]` is destroyed (because ...)
 *
 * **Changes that cannot be applied now**
 *
 * - `app[com.example.notes].version[2.4.0].locale[en-US]`: the version is in review (`whatsNew`)
 *
 * &lt;details&gt;&lt;summary&gt;Show plan&lt;/summary&gt;
 *
 * ```diff
 * (the text plan)
 * ```
 *
 * &lt;/details&gt;
 *
 * **`app[com.example.notes].price`**: Customer price and proceeds in each territory once applied
 *
 * | Territory | Currency | From | Until | Customer price | Proceeds |
 * |---|---|---|---|---|---|
 * | GBR | GBP | now | 2027-01-15 | 4.09 | 2.38 |
 *
 * **Manual steps still open in App Store Connect**
 *
 * - [ ] `app[com.example.notes]`: declare whether ... (App Store Connect → App Information → Content Rights)
 * </pre>
 * The first line is a hidden marker so a bot can find and update its earlier comment. In the {@code diff}
 * fence each mark moves to the first column, where GitHub colours it ({@code +} green, {@code -} red), and
 * {@code ~} becomes {@code !}, which GitHub shows as changed. The whole comment stays under GitHub's limit of
 * 65,536 characters: a long plan loses its middle, never its head, its summary or the fences.
 */
public final class MarkdownPlanRenderer implements PlanRenderer {
    /** GitHub refuses comments of 65,536 characters or more. */
    public static final int GITHUB_COMMENT_LIMIT = 65_536;
    public static final String MARKER = "<!-- ascctl-plan -->";

    /** The deletion banner and the blocked list may take this much each; the plan gets the rest. */
    private static final int LIST_BUDGET = 8_000;
    private static final Pattern BACKTICKS = Pattern.compile("`+");

    @Override
    public String render(Plan plan) {
        StringBuilder head = new StringBuilder();
        head.append(MARKER).append('\n');
        head.append("### ascctl plan: ").append(plan.hasChanges() ? PlanLayout.counts(plan) : "no changes")
                .append("\n\n");
        head.append(deletionBanner(plan));
        head.append(blockedList(plan));

        List<String> planLines = PlanLayout.lines(plan, false).stream().map(PlanLine::diff).toList();
        String fence = fenceFor(planLines);
        String open = "<details><summary>Show plan</summary>\n\n" + fence + "diff\n";
        String close = fence + "\n\n</details>\n";
        String tail = EffectTables.markdown(plan.changes()) + manualSteps(plan);
        // Strictly below the limit: GitHub counts the limit itself as too long.
        int budget = GITHUB_COMMENT_LIMIT - 1 - head.length() - open.length() - close.length() - tail.length();
        List<String> shown = MiddleCut.toFit(planLines, budget, MarkdownPlanRenderer::cutLine);
        return head + open + String.join("\n", shown) + "\n" + close + tail;
    }

    private static String cutLine(int cut) {
        return "... " + cut + " lines cut to stay under GitHub's 65,536-character comment limit ...";
    }

    private static String deletionBanner(Plan plan) {
        List<String> items = new ArrayList<>();
        for (ResourceChange change : plan.changes()) {
            if (change.action() == Action.DELETE || change.action() == Action.REPLACE) {
                String how = change.action() == Action.REPLACE ? " is replaced" : " is destroyed";
                String why = change.reason() == null ? "" : " (because " + inline(change.reason()) + ")";
                items.add("> - " + code(change.address().value()) + how + why);
            }
        }
        int n = items.size();
        return section(List.of("> [!WARNING]", "> This plan destroys " + n + " " + (n == 1 ? "object" : "objects")
                + ":"), items, "> - ", "\n\n");
    }

    private static String blockedList(Plan plan) {
        List<String> items = plan.blocked().stream().map(change -> {
            List<String> names = change.attributes().stream().map(a -> code(a.name())).toList();
            String attributes = names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
            return "- " + code(change.address().value()) + ": " + inline(change.reason()) + attributes;
        }).toList();
        return section(List.of("**Changes that cannot be applied now**", ""), items, "- ", "\n\n");
    }

    /** The steps a person must still take, as a task list GitHub renders with checkboxes; after the plan. */
    private static String manualSteps(Plan plan) {
        List<String> items = plan.manualSteps().stream().map(step -> "- [ ] " + code(step.address().value()) + ": "
                + inline(step.step()) + " (" + inline(step.where()) + ")").toList();
        return section(List.of("", "**Manual steps still open in App Store Connect**", ""), items, "- ", "\n");
    }

    /**
     * A heading and its items, then {@code end}; a long list is cut in the middle ({@link #LIST_BUDGET}) with a
     * {@code bullet} line saying how many items were cut. Nothing at all without items.
     */
    private static String section(List<String> heading, List<String> items, String bullet, String end) {
        if (items.isEmpty()) {
            return "";
        }
        List<String> lines = new ArrayList<>(heading);
        lines.addAll(MiddleCut.toFit(items, LIST_BUDGET, cut -> bullet + "... " + cut + " more cut to keep this short"));
        return String.join("\n", lines) + end;
    }

    /** A code span that survives backticks inside: its fence is longer than any run of them. */
    private static String code(String text) {
        String fence = "`".repeat(longestBacktickRun(text) + 1);
        String padded = text.startsWith("`") || text.endsWith("`") ? " " + text + " " : text;
        return fence + DisplayValues.oneLine(padded) + fence;
    }

    /** Free text on one line, with {@code <} escaped so it cannot open HTML (or close our details). */
    private static String inline(String text) {
        return DisplayValues.oneLine(text).replace("&", "&amp;").replace("<", "&lt;");
    }

    /** A code fence longer than any backtick run in the plan, so text from the store cannot close it early. */
    private static String fenceFor(List<String> lines) {
        int longest = lines.stream().mapToInt(MarkdownPlanRenderer::longestBacktickRun).max().orElse(0);
        return "`".repeat(Math.max(3, longest + 1));
    }

    private static int longestBacktickRun(String text) {
        int longest = 0;
        Matcher matcher = BACKTICKS.matcher(text);
        while (matcher.find()) {
            longest = Math.max(longest, matcher.group().length());
        }
        return longest;
    }
}
