package dev.ascctl.plan.render;

import dev.ascctl.plan.AttributeChange;
import dev.ascctl.resource.TerritoryPrices;
import dev.ascctl.resource.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * The lines of one changed attribute inside an object block, in Terraform's manner:
 * <pre>
 *   + name        = "Notizen"
 *   ~ subtitle    = "Old" -> "New"
 *   - copyright   = "2025 Example Inc." -> null
 *   ~ description = &lt;&lt;-EOT
 *       - old line
 *       + new line
 *     EOT
 *   ~ demoAccountPassword = (sensitive value)
 *   ~ offerMode   = "FREE_TRIAL" -> "PAY_UP_FRONT" # forces replacement
 *   + pricePoint[USA] = (known after apply)
 *   ~ territories = {
 *       ~ JPN = "1500" -> "1600"
 *       + GBR = "4.49"
 *         # (1 unchanged element hidden)
 *     }
 * </pre>
 */
final class AttributeLines {
    private final int indent;
    private final int nameWidth;

    /**
     * @param indent    where the marks go
     * @param nameWidth the width names are padded to, so the {@code =} signs of one block line up
     */
    AttributeLines(int indent, int nameWidth) {
        this.indent = indent;
        this.nameWidth = nameWidth;
    }

    /** The width that aligns every name of a block. */
    static int widthOf(List<AttributeChange> attributes) {
        return attributes.stream().mapToInt(a -> DisplayValues.oneLine(a.name()).length()).max().orElse(0);
    }

    /** The width that aligns the given names. */
    static int widthOfNames(List<String> names) {
        return names.stream().mapToInt(n -> DisplayValues.oneLine(n).length()).max().orElse(0);
    }

    /** {@code + pricePoint[USA] = (known after apply)}: a value the apply reads after an earlier write. */
    PlanLine knownAfterApply(String name, Mark mark) {
        return new PlanLine(indent, mark, pad(DisplayValues.oneLine(name)) + " = " + KNOWN_AFTER_APPLY);
    }

    /** Terraform's words for a value that exists only once an earlier write of the same apply is done. */
    static final String KNOWN_AFTER_APPLY = "(known after apply)";

    /**
     * @param change        the attribute
     * @param sensitiveMark the mark for a sensitive attribute, whose values are unknown (the object's action)
     */
    List<PlanLine> of(AttributeChange change, Mark sensitiveMark) {
        List<PlanLine> lines = lines(change, sensitiveMark);
        if (!change.forcesReplacement()) {
            return lines;
        }
        List<PlanLine> out = new ArrayList<>(lines);
        PlanLine first = out.get(0);
        out.set(0, new PlanLine(first.indent(), first.mark(), first.text() + " " + FORCES_REPLACEMENT));
        return out;
    }

    /** Terraform's note on the attribute whose change replaces the object. */
    static final String FORCES_REPLACEMENT = "# forces replacement";

    private List<PlanLine> lines(AttributeChange change, Mark sensitiveMark) {
        String name = pad(DisplayValues.oneLine(change.name()));
        if (change.sensitive()) {
            return List.of(new PlanLine(indent, sensitiveMark, name + " = " + DisplayValues.sensitive(change.source())));
        }
        Mark mark = markOf(change.before(), change.after());
        if (isLongTextChange(change)) {
            return heredoc(name, mark, change);
        }
        if (isMapChange(change)) {
            return nested(name, mark, change);
        }
        String text = switch (mark) {
            case ADD -> DisplayValues.literal(change.after());
            case REMOVE -> DisplayValues.literal(change.before()) + " -> null";
            default -> DisplayValues.literal(change.before()) + " -> " + DisplayValues.literal(change.after());
        };
        return List.of(new PlanLine(indent, mark, name + " = " + text));
    }

    /**
     * Terraform's attribute marks: a value that appears is added ({@code +}), one that goes away or is
     * cleared to null is removed ({@code -}), anything else changes ({@code ~}). A null created on purpose
     * (an explicit {@code null} in the YAML of a new object) counts as added, so it shows as {@code + x = null}.
     */
    private static Mark markOf(JsonNode before, JsonNode after) {
        if (before == null || (DisplayValues.isUnset(before) && !DisplayValues.isUnset(after))) {
            return Mark.ADD;
        }
        if (DisplayValues.isUnset(after)) {
            return Mark.REMOVE;
        }
        return Mark.CHANGE;
    }

    private static boolean isLongTextChange(AttributeChange change) {
        return (DisplayValues.isLongText(change.before()) || DisplayValues.isLongText(change.after()))
                && DisplayValues.isTextOrUnset(change.before()) && DisplayValues.isTextOrUnset(change.after());
    }

    private static boolean isMapChange(AttributeChange change) {
        return (hasEntries(change.before()) || hasEntries(change.after()))
                && (isObject(change.before()) || DisplayValues.isUnset(change.before()))
                && (isObject(change.after()) || DisplayValues.isUnset(change.after()));
    }

    private static boolean hasEntries(JsonNode value) {
        return isObject(value) && !value.isEmpty();
    }

    private static boolean isObject(JsonNode value) {
        return value != null && value.isObject();
    }

    /**
     * A map (territory prices) as Terraform shows one: a line per entry added, changed or removed, the unchanged
     * ones counted, so a change in one territory of 175 is one line.
     */
    private List<PlanLine> nested(String name, Mark mark, AttributeChange change) {
        JsonNode before = isObject(change.before()) ? change.before() : null;
        JsonNode after = isObject(change.after()) ? change.after() : null;
        Set<String> keys = new TreeSet<>();
        if (before != null) {
            keys.addAll(before.propertyNames());
        }
        if (after != null) {
            keys.addAll(after.propertyNames());
        }
        List<PlanLine> entries = new ArrayList<>();
        int width = keys.stream().mapToInt(k -> DisplayValues.oneLine(k).length()).max().orElse(0);
        int unchanged = 0;
        for (String key : keys) {
            JsonNode was = before == null ? null : before.get(key);
            JsonNode now = after == null ? null : after.get(key);
            if (was != null && now != null && sameEntry(was, now)) {
                unchanged++;
                continue;
            }
            String shownKey = DisplayValues.oneLine(key);
            shownKey = shownKey + " ".repeat(width - shownKey.length());
            if (was == null) {
                entries.add(new PlanLine(indent + 4, Mark.ADD, shownKey + " = " + DisplayValues.literal(now)));
            } else if (now == null) {
                entries.add(new PlanLine(indent + 4, Mark.REMOVE, shownKey + " = " + DisplayValues.literal(was)
                        + " -> null"));
            } else {
                entries.add(new PlanLine(indent + 4, Mark.CHANGE, shownKey + " = " + DisplayValues.literal(was)
                        + " -> " + DisplayValues.literal(now)));
            }
        }
        List<PlanLine> lines = new ArrayList<>();
        lines.add(new PlanLine(indent, mark, name + " = {"));
        lines.addAll(entries);
        if (unchanged > 0) {
            lines.add(PlanLine.unmarked(indent + 6, "# (" + unchanged + " unchanged element"
                    + (unchanged == 1 ? "" : "s") + " hidden)"));
        }
        lines.add(PlanLine.unmarked(indent + 2, mark == Mark.REMOVE ? "} -> null" : "}"));
        return lines;
    }

    // Prices are decimal text: "5.0" and "5.00" are one price, so such an entry is not shown as changed.
    private static boolean sameEntry(JsonNode was, JsonNode now) {
        return Values.same(was, now)
                || (was.isString() && now.isString() && TerritoryPrices.samePrice(was.asString(), now.asString()));
    }

    private List<PlanLine> heredoc(String name, Mark mark, AttributeChange change) {
        List<PlanLine> lines = new ArrayList<>();
        lines.add(new PlanLine(indent, mark, name + " = <<-EOT"));
        lines.addAll(LongTextDiff.lines(textOf(change.before()), textOf(change.after()), indent + 4));
        lines.add(PlanLine.unmarked(indent + 2, mark == Mark.REMOVE ? "EOT -> null" : "EOT"));
        return lines;
    }

    private static String textOf(JsonNode value) {
        return DisplayValues.isUnset(value) ? null : value.asString();
    }

    private String pad(String name) {
        return name.length() >= nameWidth ? name : name + " ".repeat(nameWidth - name.length());
    }
}
