package dev.ascctl.resource.kinds.pricing;

import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Mark;
import dev.ascctl.store.Problem;
import dev.ascctl.store.SectionInput;
import dev.ascctl.store.TerritoryCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * App.yaml's {@code availability:} as the availability kinds read it:
 * <pre>
 * availability:
 *   territories: all                  # or [USA, GBR, JPN]
 *   availableInNewTerritories: true
 *   preOrders: {JPN: 2027-03-01}      # territory -> release date; {} ends every pre-order; left out: unmanaged
 * </pre>
 *
 * @param territories               the territories the app is sold in (every code of Apple's for {@code all})
 * @param availableInNewTerritories whether Apple adds the app to territories it opens, or null (unmanaged)
 * @param preOrders                 territory -> release date, or null (unmanaged)
 */
record AppAvailabilitySpec(SortedSet<String> territories, Boolean availableInNewTerritories,
                           SortedMap<String, String> preOrders, Mark mark) {
    static final String KEY = "availability";

    static Optional<AppAvailabilitySpec> of(AppSpec app) {
        return app.section(KEY).filter(s -> s.value().isObject()).map(section -> {
            JsonNode v = section.value();
            SortedSet<String> territories = new TreeSet<>();
            if (v.path("territories").isString()) {
                territories.addAll(TerritoryCodes.all());
            } else {
                v.path("territories").forEach(t -> territories.add(t.asString()));
            }
            SortedMap<String, String> preOrders = null;
            if (v.path("preOrders").isObject()) {
                preOrders = new TreeMap<>();
                for (Map.Entry<String, JsonNode> e : v.path("preOrders").properties()) {
                    preOrders.put(e.getKey(), e.getValue().asString());
                }
                territories.addAll(preOrders.keySet()); // a pre-order is sold there
            }
            Boolean inNew = v.hasNonNull("availableInNewTerritories") ? v.get("availableInNewTerritories").asBoolean()
                    : null;
            return new AppAvailabilitySpec(territories, inNew, preOrders, section.keyMark());
        });
    }

    /** Unknown territories and pre-order dates that are not dates, where they are written. */
    static List<Problem> problems(SectionInput section) {
        List<Problem> out = new ArrayList<>();
        JsonNode list = section.value().path("territories");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).isString() && !TerritoryCodes.isKnown(list.get(i).asString())) {
                out.add(section.problemAt("/territories/" + i, AppPriceSpec.unknown(list.get(i).asString())));
            }
        }
        if (list.isString() && !list.asString().equals("all")) {
            out.add(section.problemAt("/territories", "territories is a list of territory codes, or all"));
        }
        section.value().path("preOrders").properties().forEach(e -> {
            String at = SectionInput.child("/preOrders", e.getKey());
            if (!TerritoryCodes.isKnown(e.getKey())) {
                out.add(new Problem(section.keyMark(at), AppPriceSpec.unknown(e.getKey())));
            } else if (!e.getValue().asString("").matches("\\d{4}-\\d{2}-\\d{2}")) {
                out.add(section.problemAt(at, "a pre-order's release date is a date (YYYY-MM-DD), got '"
                        + e.getValue().asString("") + "'"));
            }
        });
        return out;
    }

    static final JsonNode SCHEMA = JsonMapper.builder().build().readTree("""
            {"description": "Where the app is sold (Apple's appAvailabilities v2): its territories, whether Apple adds\
             it to new territories, and pre-orders. Removing a territory takes the app off sale there: it is applied\
             only with policy.prune.territories. Leave the key out to leave availability unmanaged.",
             "examples": [{"territories": "all", "availableInNewTerritories": true},
                          {"territories": ["USA", "GBR"], "preOrders": {"JPN": "2027-03-01"}}],
             "type": "object", "additionalProperties": false, "required": ["territories"],
             "properties": {
               "territories": {"description": "all, or the territory codes the app is sold in (e.g. [USA, GBR]).",
                 "examples": ["all", ["USA", "GBR"]], "type": ["string", "array"], "items": {"type": "string"},
                 "uniqueItems": true},
               "availableInNewTerritories": {"description": "Whether Apple adds the app to territories it opens.",
                 "examples": [true], "type": "boolean"},
               "preOrders": {"description": "Pre-orders: territory -> release date (YYYY-MM-DD). A territory left out\
             of a written map ends its pre-order (the app is released there at once).",
                 "examples": [{"JPN": "2027-03-01"}], "type": "object",
                 "additionalProperties": {"type": "string"}}}}""");
}
