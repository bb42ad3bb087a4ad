package dev.ascctl.plan.render;

import dev.ascctl.plan.Action;
import dev.ascctl.plan.AttributeChange;
import dev.ascctl.plan.BlockedChange;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.ResourceChange;
import dev.ascctl.resource.KnownAfterApply;
import dev.ascctl.resource.ManualStep;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan as JSON in the shape of {@code terraform show -json}, so tools written for Terraform plans read it:
 * <pre>
 * {
 *   "format_version": "1.2",
 *   "timestamp": "2026-05-01T09:00:00Z",
 *   "resource_changes": [
 *     {
 *       "address": "app[com.example.notes].locale[de-DE].info",
 *       "type": "appInfoLocalization",
 *       "name": "de-DE",
 *       "reason": null,
 *       "change": {
 *         "actions": ["create"],
 *         "before": null,
 *         "after": {"name": "Notizen", "subtitle": "Denken in Listen"},
 *         "before_sensitive": false,
 *         "after_sensitive": {}
 *       }
 *     }
 *   ],
 *   "blocked_changes": [
 *     {"address": ..., "type": ..., "reason": ...,
 *      "attributes": [{"name": "whatsNew", "sensitive": false, "before": ..., "after": ...}]}
 *   ],
 *   "manual_steps": [
 *     {"address": "app[com.example.notes]", "step": "declare whether ...",
 *      "where": "App Store Connect → App Information → Content Rights"}
 *   ],
 *   "summary": {"add": 1, "change": 0, "destroy": 0, "requests_used": 3, "estimated_apply_requests": 2}
 * }
 * </pre>
 * {@code before} and {@code after} hold only the changed attributes; {@code before} is null for a create and
 * {@code after} null for a delete. Sensitive attributes are left out of both and marked {@code true} in
 * {@code before_sensitive}/{@code after_sensitive} (which are {@code false} when their side is null, as in
 * Terraform). {@code name} is the key of the innermost keyed part of the address ({@code de-DE});
 * {@code reason} says why a delete or replace happens (null otherwise). A change with values known only after
 * apply (a new product's price points) adds {@code "after_unknown": {"pricePoint[USA]": true}} and
 * {@code "known_after_apply": [{"name": "pricePoint[USA]", "description": "the USA price point of ..."}]}. Keys are written in a fixed order and
 * attributes in plan order, so the output is stable; every array element goes on its own line.
 */
public final class JsonPlanRenderer implements PlanRenderer {
    /** The version of Terraform's JSON plan format this shape follows. */
    public static final String FORMAT_VERSION = "1.2";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = JsonMapper.builder().build().writer().with(prettyPrinter());

    @Override
    public String render(Plan plan) {
        ObjectNode root = NODES.objectNode();
        root.put("format_version", FORMAT_VERSION);
        root.put("timestamp", plan.createdAt().toString());
        ArrayNode changes = root.putArray("resource_changes");
        plan.changes().forEach(change -> changes.add(resourceChange(change)));
        ArrayNode blocked = root.putArray("blocked_changes");
        plan.blocked().forEach(change -> blocked.add(blockedChange(change)));
        ArrayNode manual = root.putArray("manual_steps");
        for (ManualStep step : plan.manualSteps()) {
            ObjectNode item = manual.addObject();
            item.put("address", step.address().value());
            item.put("step", step.step());
            item.put("where", step.where());
        }
        root.set("summary", summary(plan));
        return WRITER.writeValueAsString(root) + "\n";
    }

    private static ObjectNode resourceChange(ResourceChange change) {
        ObjectNode node = NODES.objectNode();
        node.put("address", change.address().value());
        node.put("type", change.kind());
        node.put("name", ObjectNames.of(change.address()));
        node.put("reason", change.reason());
        ObjectNode body = node.putObject("change");
        ArrayNode actions = body.putArray("actions");
        change.action().jsonActions().forEach(actions::add);
        boolean hasBefore = change.action() != Action.CREATE;
        boolean hasAfter = change.action() != Action.DELETE;
        body.set("before", hasBefore ? values(change.attributes(), AttributeChange::before) : NODES.nullNode());
        body.set("after", hasAfter ? values(change.attributes(), AttributeChange::after) : NODES.nullNode());
        body.set("before_sensitive", hasBefore ? sensitiveMarks(change.attributes()) : NODES.booleanNode(false));
        body.set("after_sensitive", hasAfter ? sensitiveMarks(change.attributes()) : NODES.booleanNode(false));
        if (!change.lookups().isEmpty()) {
            // As terraform show -json marks values known only after apply; what each one is, for a reviewer.
            ObjectNode unknown = body.putObject("after_unknown");
            ArrayNode known = body.putArray("known_after_apply");
            for (KnownAfterApply lookup : change.lookups()) {
                unknown.put(lookup.name(), true);
                known.addObject().put("name", lookup.name()).put("description", lookup.description());
            }
        }
        if (hasAfter && change.attributes().stream().anyMatch(a -> a.source() != null)) {
            // Not in terraform's format: where each secret is read from, so a review sees it (never the value).
            ObjectNode sources = body.putObject("after_sensitive_sources");
            change.attributes().stream().filter(a -> a.source() != null).forEach(a -> sources.put(a.name(), a.source()));
        }
        if (change.effect() != null) {
            // Not in terraform's format: the change's effect beyond its attributes (EffectTable), rows as objects.
            ObjectNode effect = body.putObject("effect").put("title", change.effect().title());
            ArrayNode rows = effect.putArray("rows");
            change.effect().rows().forEach(row -> {
                ObjectNode one = rows.addObject();
                for (int i = 0; i < row.size(); i++) {
                    one.put(change.effect().columns().get(i), row.get(i));
                }
            });
            effect.put("note", change.effect().note());
        }
        List<AttributeChange> forcing = change.attributes().stream().filter(AttributeChange::forcesReplacement).toList();
        if (!forcing.isEmpty()) {
            // As terraform show -json: the attribute paths whose change forces the replacement.
            ArrayNode paths = body.putArray("replace_paths");
            forcing.forEach(a -> paths.addArray().add(a.name()));
        }
        return node;
    }

    /** One side's values of the non-sensitive attributes; an unset value is JSON null. */
    private static ObjectNode values(List<AttributeChange> attributes, Function<AttributeChange, JsonNode> side) {
        ObjectNode values = NODES.objectNode();
        attributes.stream().filter(a -> !a.sensitive())
                .forEach(a -> values.set(a.name(), side.apply(a) == null ? NODES.nullNode() : side.apply(a)));
        return values;
    }

    private static ObjectNode sensitiveMarks(List<AttributeChange> attributes) {
        ObjectNode marks = NODES.objectNode();
        attributes.stream().filter(AttributeChange::sensitive).forEach(a -> marks.put(a.name(), true));
        return marks;
    }

    private static ObjectNode blockedChange(BlockedChange change) {
        ObjectNode node = NODES.objectNode();
        node.put("address", change.address().value());
        node.put("type", change.kind());
        node.put("reason", change.reason());
        ArrayNode attributes = node.putArray("attributes");
        for (AttributeChange attribute : change.attributes()) {
            ObjectNode item = attributes.addObject();
            item.put("name", attribute.name());
            item.put("sensitive", attribute.sensitive());
            if (attribute.source() != null) {
                item.put("source", attribute.source());
            }
            if (!attribute.sensitive()) {
                item.set("before", attribute.before() == null ? NODES.nullNode() : attribute.before());
                item.set("after", attribute.after() == null ? NODES.nullNode() : attribute.after());
            }
        }
        return node;
    }

    private static ObjectNode summary(Plan plan) {
        ObjectNode summary = NODES.objectNode();
        summary.put("add", plan.toAdd());
        summary.put("change", plan.toChange());
        summary.put("destroy", plan.toDestroy());
        summary.put("requests_used", plan.requestsUsed());
        summary.put("estimated_apply_requests", plan.estimatedApplyRequests());
        if (plan.hourlyBudget() != null) {
            summary.put("hourly_limit", plan.hourlyBudget().limit());
            summary.put("hourly_remaining", plan.hourlyBudget().remaining());
        }
        return summary;
    }

    /** Two-space indents, {@code "key": value}, and always a line feed (Jackson's default is the platform's). */
    private static DefaultPrettyPrinter prettyPrinter() {
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
}
