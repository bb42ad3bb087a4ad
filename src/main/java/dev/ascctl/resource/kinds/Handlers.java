package dev.ascctl.resource.kinds;

import dev.ascctl.resource.StorePaths;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.Values;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Attributes;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Small helpers the handlers share. */
public final class Handlers {
    private Handlers() {
    }

    /** Attributes of a live resource under the given names; absent ones are JSON null. */
    public static Map<String, JsonNode> pick(Resource resource, Collection<String> names) {
        return Values.pick(resource, names);
    }

    /**
     * Attributes of a live resource under the given names, leaving out unset ones: what an imported store writes
     * when a missing key and an explicit null mean the same to the plan.
     */
    public static Map<String, JsonNode> pickSet(Resource resource, Collection<String> names) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String name : names) {
            JsonNode value = resource.attributes().get(name);
            if (value != null && !value.isNull()) {
                out.put(name, value);
            }
        }
        return out;
    }

    /**
     * Whether a value is unset once this apply is done: the YAML's value when it names the key (an explicit null
     * clears), else the live one. For manual steps, which are about the state after apply.
     */
    static boolean unsetAfterApply(Attributes declared, String key, JsonNode live) {
        JsonNode value = declared.values().containsKey(key) ? declared.values().get(key) : live;
        return value == null || value.isNull() || value.isMissingNode() || (value.isString() && value.asString().isBlank());
    }

    /** The store path prefix of an app, for policy.ignore: {@code apps.<label>}. */
    public static String storePath(AppSpec app) {
        return "apps." + StorePaths.segment(app.label());
    }

    /** Attributes as the JSON object an endpoint class takes. */
    public static ObjectNode object(Map<String, JsonNode> attributes) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        attributes.forEach(node::set);
        return node;
    }
}
