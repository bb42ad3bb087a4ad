package dev.ascctl.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The JSON Schemas of the store files, as shipped on the classpath under {@code /schema/} with Apple's enums filled
 * in from the vocabulary ({@link SchemaEnums}); what this prints is committed in {@code schema/} for editors. A kind that adds a store file adds its schema here.
 * <pre>
 * store  → store.yaml
 * app    → apps/&lt;label&gt;/app.yaml
 * locale → apps/&lt;label&gt;/locales/&lt;locale&gt;.yaml
 * testflight → apps/&lt;label&gt;/testflight.yaml
 * purchases  → apps/&lt;label&gt;/purchases.yaml
 * </pre>
 */
public final class StoreSchemas {
    /** Schema name → the store files it describes. */
    public static final Map<String, String> FILES = new TreeMap<>(Map.of(
            "store", "store.yaml",
            "app", "apps/<label>/app.yaml",
            "locale", "apps/<label>/locales/<locale>.yaml",
            "testflight", "apps/<label>/testflight.yaml",
            "purchases", "apps/<label>/purchases.yaml"));

    private StoreSchemas() {
    }

    /**
     * The schema text of {@code name} ({@code app}, {@code locale}, ...), if there is one; app.yaml's with the keys
     * the kinds own ({@link StoreSection}), so it is the committed {@code schema/app.schema.json}.
     */
    public static Optional<String> text(String name, List<StoreSection> sections) {
        if (!FILES.containsKey(name)) {
            return Optional.empty();
        }
        if (name.equals("app")) {
            return Optional.of(JsonText.pretty(SchemaValidator.appSchema(sections)));
        }
        return Optional.of(JsonText.pretty(SchemaValidator.readSchema(SchemaValidator.Kind.valueOf(
                name.toUpperCase(java.util.Locale.ROOT)))));
    }
}
