package dev.ascctl.plan.render;

import dev.ascctl.plan.Action;
import dev.ascctl.plan.AttributeChange;
import dev.ascctl.plan.BlockedChange;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.ResourceChange;
import dev.ascctl.resource.KnownAfterApply;
import dev.ascctl.resource.ManualStep;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lays a plan out as Terraform-like lines, shared by the text and markdown renderers:
 * <pre>
 * Resource actions are indicated with the following symbols:
 *   + create
 *
 * ascctl will perform the following actions:
 *
 *   # app[com.example.notes].locale[de-DE].info will be created
 *   + appInfoLocalization "de-DE" {
 *       + name = "Notizen"
 *     }
 *
 *   # app[com.example.notes].iap[com.example.notes.pro].price[USA] will be created
 *   + inAppPurchasePrice "USA" {
 *       + customerPrice   = "4.99"
 *       + pricePoint[USA] = (known after apply)
 *     }
 *
 * Plan: 1 to add, 0 to change, 0 to destroy.
 * App Store Connect requests: 3 used by plan, about 2 for apply.
 * </pre>
 * Deletions follow the other changes under their own banner, then the changes that cannot be applied now.
 * The manual steps ({@link #manualSteps}) are laid out apart, so the markdown renderer can show them as a
 * checklist outside its diff.
 */
final class PlanLayout {
    private static final int HEADER_INDENT = 2;
    /** Object marks are right-aligned in three columns, so {@code -/+} and {@code +} end in the same place. */
    private static final int MARK_COLUMNS = 3;
    private static final int ATTRIBUTE_INDENT = 6;
    static final String MANUAL_STEPS_HEADING = "Manual steps still open in App Store Connect:";

    private PlanLayout() {
    }

    static List<PlanLine> lines(Plan plan) {
        return lines(plan, true);
    }

    /**
     * @param effectTables whether a change's effect table is laid out in its block (the markdown form shows them as
     *                     tables after the plan instead, and the block then says so in one line)
     */
    static List<PlanLine> lines(Plan plan, boolean effectTables) {
        List<PlanLine> lines = new ArrayList<>();
        if (plan.hasChanges()) {
            legend(plan, lines);
            changes(plan, lines, effectTables);
        } else if (plan.blocked().isEmpty()) {
            lines.add(PlanLine.unmarked(0, "No changes. App Store Connect matches the store."));
            lines.add(PlanLine.blank());
        } else {
            // "matches the store" would be untrue while some differences wait; they are listed just below.
            lines.add(PlanLine.unmarked(0, "No changes can be applied now."));
            lines.add(PlanLine.blank());
        }
        blocked(plan, lines);
        summary(plan, lines);
        return lines;
    }

    private static void legend(Plan plan, List<PlanLine> lines) {
        lines.add(PlanLine.unmarked(0, "Resource actions are indicated with the following symbols:"));
        Arrays.stream(Action.values())
                .filter(action -> plan.count(action) > 0)
                .forEach(action -> lines.add(markLine(0, Mark.of(action), legendText(action))));
        lines.add(PlanLine.blank());
    }

    private static String legendText(Action action) {
        return switch (action) {
            case CREATE -> "create";
            case UPDATE -> "update in-place";
            case DELETE -> "destroy";
            case REPLACE -> "destroy and then create replacement";
        };
    }

    private static void changes(Plan plan, List<PlanLine> lines, boolean effectTables) {
        List<ResourceChange> kept = plan.changes().stream().filter(c -> c.action() != Action.DELETE).toList();
        List<ResourceChange> destroyed = plan.changes().stream().filter(c -> c.action() == Action.DELETE).toList();
        if (!kept.isEmpty()) {
            lines.add(PlanLine.unmarked(0, "ascctl will perform the following actions:"));
            lines.add(PlanLine.blank());
            kept.forEach(change -> block(change, lines, effectTables));
        }
        if (!destroyed.isEmpty()) {
            // Deletions stand apart (DESIGN 1.2): losing live store content must not hide among updates.
            lines.add(PlanLine.unmarked(0, "ascctl will DESTROY the following objects:"));
            lines.add(PlanLine.blank());
            destroyed.forEach(change -> block(change, lines, effectTables));
        }
    }

    private static void block(ResourceChange change, List<PlanLine> lines, boolean effectTables) {
        String reason = change.reason() == null ? "" : " (because " + DisplayValues.oneLine(change.reason()) + ")";
        lines.add(PlanLine.unmarked(HEADER_INDENT, "# " + change.address() + " " + change.action().phrase() + reason));
        lines.add(markLine(0, Mark.of(change.action()), DisplayValues.oneLine(change.kind()) + " \""
                + ObjectNames.of(change.address()) + "\" {"));
        AttributeLines attributeLines = new AttributeLines(ATTRIBUTE_INDENT, Math.max(
                AttributeLines.widthOf(change.attributes()), AttributeLines.widthOfNames(change.lookups().stream()
                        .map(KnownAfterApply::name).toList())));
        change.attributes().forEach(a -> lines.addAll(attributeLines.of(a, sensitiveMark(change.action()))));
        change.lookups().forEach(lookup ->
                lines.add(attributeLines.knownAfterApply(lookup.name(), sensitiveMark(change.action()))));
        uploads(change.calls()).ifPresent(text -> lines.add(PlanLine.unmarked(ATTRIBUTE_INDENT + 2, "# " + text)));
        if (change.unchangedAttributes() > 0) {
            int n = change.unchangedAttributes();
            lines.add(PlanLine.unmarked(ATTRIBUTE_INDENT + 2,
                    "# (" + n + " unchanged " + (n == 1 ? "attribute" : "attributes") + " hidden)"));
        }
        if (change.effect() != null) {
            lines.addAll(effectTables ? EffectTables.text(change.effect(), ATTRIBUTE_INDENT + 2)
                    : List.of(PlanLine.unmarked(ATTRIBUTE_INDENT + 2, "# " + DisplayValues.oneLine(
                    change.effect().title()) + ": in the table below the plan")));
        }
        lines.add(PlanLine.unmarked(MARK_COLUMNS + 1, "}"));
        lines.add(PlanLine.blank());
    }

    /**
     * A sensitive attribute has no values to compare, nor has a value known only after apply, so their mark follows
     * the object's action.
     */
    private static Mark sensitiveMark(Action action) {
        return switch (action) {
            case CREATE -> Mark.ADD;
            case DELETE -> Mark.REMOVE;
            case UPDATE, REPLACE -> Mark.CHANGE;
        };
    }

    private static void blocked(Plan plan, List<PlanLine> lines) {
        if (plan.blocked().isEmpty()) {
            return;
        }
        lines.add(PlanLine.unmarked(0, "Changes that cannot be applied now:"));
        lines.add(PlanLine.blank());
        for (BlockedChange change : plan.blocked()) {
            lines.add(PlanLine.unmarked(HEADER_INDENT,
                    "# " + change.address() + ": " + DisplayValues.oneLine(change.reason())));
            attributes(change.attributes(), Mark.CHANGE, lines);
            lines.add(PlanLine.blank());
        }
    }

    private static void attributes(List<AttributeChange> attributes, Mark sensitiveMark, List<PlanLine> lines) {
        AttributeLines attributeLines = new AttributeLines(ATTRIBUTE_INDENT, AttributeLines.widthOf(attributes));
        attributes.forEach(attribute -> lines.addAll(attributeLines.of(attribute, sensitiveMark)));
    }

    /** {@code "; 3549 of 3600 left this hour"} from the plan's last X-Rate-Limit, or nothing without one. */
    private static String budgetLeft(Plan plan) {
        return plan.hourlyBudget() == null || plan.hourlyBudget().limit() <= 0 ? ""
                : "; " + plan.hourlyBudget().remaining() + " of " + plan.hourlyBudget().limit() + " left this hour";
    }

    private static void summary(Plan plan, List<PlanLine> lines) {
        if (plan.hasChanges()) {
            lines.add(PlanLine.unmarked(0, "Plan: " + counts(plan) + "."));
            uploads(plan.changes().stream().flatMap(c -> c.calls().stream()).toList())
                    .ifPresent(text -> lines.add(PlanLine.unmarked(0, "Uploads: " + text + ".")));
            lines.add(PlanLine.unmarked(0, "App Store Connect requests: " + plan.requestsUsed() + " used by plan, about "
                    + plan.estimatedApplyRequests() + " for apply" + budgetLeft(plan) + "."));
            if (plan.exceedsHourlyBudget()) {
                lines.add(PlanLine.unmarked(0, "Apply needs more requests than are left this hour: it refuses to start"
                        + " unless given --budget N or --allow-partial (which stops cleanly between changes)."));
            }
        } else {
            lines.add(PlanLine.unmarked(0, "App Store Connect requests: " + plan.requestsUsed() + " used by plan"
                    + budgetLeft(plan) + "."));
        }
    }

    /**
     * The checklist of steps a person must still take, after the summary; no lines when there is none:
     * <pre>
     * Manual steps still open in App Store Connect:
     *   - app[com.example.notes].ageRating: answer 3 of 14 age rating questions (...), or set them ...
     *     (App Store Connect → App Information → Age Rating)
     * </pre>
     */
    static List<PlanLine> manualSteps(Plan plan) {
        List<PlanLine> lines = new ArrayList<>();
        if (plan.manualSteps().isEmpty()) {
            return lines;
        }
        lines.add(PlanLine.blank());
        lines.add(PlanLine.unmarked(0, MANUAL_STEPS_HEADING));
        for (ManualStep step : plan.manualSteps()) {
            lines.add(PlanLine.unmarked(HEADER_INDENT, "- " + step.address() + ": " + DisplayValues.oneLine(step.step())));
            lines.add(PlanLine.unmarked(HEADER_INDENT + 2, "(" + DisplayValues.oneLine(step.where()) + ")"));
        }
        return lines;
    }

    /** {@code 2 files to upload, 1.2 MB} for the calls that carry an upload, or empty when none does. */
    private static java.util.Optional<String> uploads(List<dev.ascctl.asc.ApiCall> calls) {
        List<dev.ascctl.asc.AssetUpload> uploads = calls.stream().map(dev.ascctl.asc.ApiCall::upload)
                .filter(java.util.Objects::nonNull).toList();
        if (uploads.isEmpty()) {
            return java.util.Optional.empty();
        }
        long bytes = uploads.stream().mapToLong(dev.ascctl.asc.AssetUpload::size).sum();
        return java.util.Optional.of(uploads.size() + (uploads.size() == 1 ? " file" : " files") + " to upload, "
                + dev.ascctl.asc.ByteCount.format(bytes) + " (" + bytes + " bytes)");
    }

    /** {@code 2 to add, 5 to change, 0 to destroy}, Terraform's counting (a replace adds one and destroys one). */
    static String counts(Plan plan) {
        return plan.toAdd() + " to add, " + plan.toChange() + " to change, " + plan.toDestroy() + " to destroy";
    }

    /** A line whose mark is right-aligned in the three mark columns, starting at {@code indent}. */
    private static PlanLine markLine(int indent, Mark mark, String text) {
        return new PlanLine(indent + MARK_COLUMNS - mark.symbol.length(), mark, text);
    }
}
