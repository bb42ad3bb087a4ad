package dev.ascctl.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The store keys that may hold a secret reference: those the store's JSON Schemas mark {@code "writeOnly": true}
 * (today {@code demoAccountPassword}, of the App Review and the Beta App Review details). Anywhere else a
 * {@code ${env:}} or {@code ${file:}} would publish whatever it names as the app's text, and the plan could not
 * show it, so it is refused.
 */
public final class SensitiveFields {
    private static final Set<String> NAMES = read();

    private SensitiveFields() {
    }

    public static Set<String> names() {
        return NAMES;
    }

    public static boolean isSensitive(String key) {
        return NAMES.contains(key);
    }

    private static Set<String> read() {
        Set<String> names = new TreeSet<>();
        JsonMapper json = JsonMapper.builder().build();
        for (String schema : StoreSchemas.FILES.keySet()) {
            try (InputStream in = SensitiveFields.class.getResourceAsStream("/schema/" + schema + ".schema.json")) {
                if (in != null) {
                    collect(json.readTree(in), names);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(names);
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject()) {
                properties.properties().forEach(p -> {
                    if (p.getValue().path("writeOnly").asBoolean(false)) {
                        names.add(p.getKey());
                    }
                });
            }
            node.properties().forEach(p -> collect(p.getValue(), names));
        } else if (node.isArray()) {
            node.forEach(n -> collect(n, names));
        }
    }
}
