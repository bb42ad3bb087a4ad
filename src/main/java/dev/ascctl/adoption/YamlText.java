package dev.ascctl.adoption;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;
import tools.jackson.databind.JsonNode;

/**
 * A JSON tree as the YAML a person would write: block maps, lists of scalars on one line ({@code [a, b]}),
 * multi-line text as literal blocks ({@code |}), quotes only where YAML needs them ({@code "2.4.0"} stays a string).
 */
public final class YamlText {
    private static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setWidth(Integer.MAX_VALUE)   // never fold long text: a diff of the file must show the real change
            .setSplitLines(false)
            .build();

    private YamlText() {
    }

    /** The YAML text of {@code root}. */
    public static String of(JsonNode root) {
        return new Dump(SETTINGS, new Representer()).dumpToString(plain(root));
    }

    private static Object plain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.properties().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.values().forEach(v -> list.add(plain(v)));
            return list;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isIntegralNumber()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return node.asString();
    }

    /** Lists of scalars in flow style, everything else as configured. */
    private static final class Representer extends StandardRepresenter {
        Representer() {
            super(SETTINGS);
            this.parentClassRepresenters.put(List.class, data -> {
                List<?> list = (List<?>) data;
                boolean scalars = list.stream().noneMatch(v -> v instanceof Map || v instanceof List);
                return representSequence(Tag.SEQ, list, scalars ? FlowStyle.FLOW : FlowStyle.BLOCK);
            });
        }
    }
}
