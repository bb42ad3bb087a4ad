package dev.ascctl.plan.render;

import dev.ascctl.plan.Action;
import dev.ascctl.plan.AttributeChange;
import dev.ascctl.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan read as drift: every field where App Store Connect differs from git, with its live and desired values,
 * for {@code ascctl drift} in a nightly job. Differences apply cannot make now (whatsNew on a first version, a
 * version in review) are not drift: nobody could have made them by hand, and they would page the team every night;
 * the report counts them and {@code plan} lists them. Fields under {@code policy.ignore} never reach the plan.
 * Secrets are shown as {@code (sensitive value)}.
 * <pre>
 * app[com.example.notes].version[2.4.0].locale[en-US]
 *   description
 *     live:    "Edited by hand"
 *     desired: "Notes Pro keeps your thoughts in order."
 * </pre>
 */
public final class DriftReport {
    /** The hidden marker a bot finds its drift issue or comment by. */
    public static final String MARKER = "<!-- ascctl-drift -->";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One drifted field; {@code live} or {@code desired} is null when the object is missing on that side. */
    record Field(String address, String kind, String attribute, JsonNode live, JsonNode desired, boolean sensitive,
                 String state) {
    }

    private final List<Field> fields;
    private final int notApplicable;

    public DriftReport(Plan plan) {
        List<Field> out = new ArrayList<>();
        plan.changes().forEach(change -> {
            String state = switch (change.action()) {
                case CREATE -> "missing in App Store Connect";
                case DELETE -> "not in the store (pruning is on)";
                default -> "differs";
            };
            for (AttributeChange a : change.attributes()) {
                out.add(new Field(change.address().value(), change.kind(), a.name(),
                        change.action() == Action.CREATE ? null : a.before(), a.after(), a.sensitive(), state));
            }
            if (change.attributes().isEmpty()) {
                out.add(new Field(change.address().value(), change.kind(), null, null, null, false, state));
            }
        });
        this.fields = List.copyOf(out);
        this.notApplicable = plan.blocked().stream().mapToInt(b -> b.attributes().size()).sum();
    }

    /** True when live differs from git anywhere. */
    public boolean hasDrift() {
        return !fields.isEmpty();
    }

    public String render(PlanFormat format) {
        return switch (format) {
            case TEXT -> text();
            case MARKDOWN -> markdown();
            case JSON -> json();
        };
    }

    private long objects() {
        return fields.stream().map(Field::address).distinct().count();
    }

    private String summary() {
        return "App Store Connect differs from the store in " + fields.size() + (fields.size() == 1 ? " field" : " fields")
                + " of " + objects() + (objects() == 1 ? " object." : " objects.");
    }

    private String footnote() {
        return notApplicable == 0 ? "" : notApplicable + (notApplicable == 1 ? " difference" : " differences")
                + " that cannot be applied now (see ascctl plan) not counted as drift.\n";
    }

    private String text() {
        if (!hasDrift()) {
            return "No drift: App Store Connect matches the store.\n" + footnote();
        }
        StringBuilder out = new StringBuilder("Drift: ").append(summary()).append("\n");
        String lastAddress = null;
        for (Field f : fields) {
            if (!f.address().equals(lastAddress)) {
                out.append("\n").append(f.address()).append("\n");
                lastAddress = f.address();
            }
            out.append("  ").append(f.attribute() == null ? "(the object)" : f.attribute());
            if (!f.state().equals("differs")) {
                out.append("  (").append(DisplayValues.oneLine(f.state())).append(")");
            }
            out.append("\n    live:    ").append(value(f, f.live(), f.state().startsWith("missing")))
                    .append("\n    desired: ").append(value(f, f.desired(), f.state().startsWith("not in"))).append("\n");
        }
        String note = footnote();
        return note.isEmpty() ? out.toString() : out.append("\n").append(note).toString();
    }

    private String markdown() {
        StringBuilder out = new StringBuilder(MARKER).append("\n");
        if (!hasDrift()) {
            return out.append("### ascctl drift: none\n\nApp Store Connect matches the store.\n").append(footnote()).toString();
        }
        out.append("### ascctl drift: ").append(fields.size()).append(fields.size() == 1 ? " field differs" : " fields differ")
                .append("\n\n").append(summary()).append("\n\n| Object | Field | Live | Desired | Note |\n|---|---|---|---|---|\n");
        int budget = MarkdownPlanRenderer.GITHUB_COMMENT_LIMIT - 2_000;
        int shown = 0;
        for (Field f : fields) {
            String row = "| " + cell(f.address()) + " | " + cell(f.attribute() == null ? "(the object)" : f.attribute())
                    + " | " + cell(value(f, f.live(), f.state().startsWith("missing"))) + " | "
                    + cell(value(f, f.desired(), f.state().startsWith("not in"))) + " | "
                    + (f.state().equals("differs") ? "" : DisplayValues.oneLine(f.state()).replace("|", "\\|")) + " |\n";
            if (out.length() + row.length() > budget) {
                break;
            }
            out.append(row);
            shown++;
        }
        if (shown < fields.size()) {
            out.append("\n… ").append(fields.size() - shown).append(" more fields; run `ascctl drift` for all of them.\n");
        }
        String note = footnote();
        return note.isEmpty() ? out.toString() : out.append("\n").append(note).toString();
    }

    private String json() {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("format_version", "1");
        root.put("drift", hasDrift());
        root.put("objects", objects());
        root.put("not_applicable_now", notApplicable);
        ArrayNode list = root.putArray("fields");
        for (Field f : fields) {
            ObjectNode node = list.addObject();
            node.put("address", f.address());
            node.put("kind", f.kind());
            node.put("attribute", f.attribute());
            node.put("state", f.state());
            node.put("sensitive", f.sensitive());
            if (!f.sensitive()) {
                node.set("live", f.live());
                node.set("desired", f.desired());
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }

    private static String value(Field f, JsonNode value, boolean absentObject) {
        if (absentObject) {
            return "(absent)";
        }
        return f.sensitive() ? DisplayValues.SENSITIVE : DisplayValues.literal(value);
    }

    private static String cell(String text) {
        return "`" + DisplayValues.oneLine(text).replace("`", "'").replace("|", "\\|") + "`";
    }
}
