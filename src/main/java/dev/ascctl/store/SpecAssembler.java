package dev.ascctl.store;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Builds the desired-state records from documents that passed every check, and applies defaults:
 * app beats store.yaml beats the credentials file.
 */
final class SpecAssembler {

    private static final List<String> APP_INFO_KEYS =
            List.of("name", "subtitle", "privacyPolicyUrl", "privacyChoicesUrl", "privacyPolicyText");
    private static final List<String> VERSION_LOCALE_KEYS =
            List.of("description", "keywords", "promotionalText", "whatsNew", "marketingUrl", "supportUrl");
    private static final List<String> CONTACT_KEYS =
            List.of("contactFirstName", "contactLastName", "contactEmail", "contactPhone");

    private final SecretResolver secrets;

    SpecAssembler(SecretResolver secrets) {
        this.secrets = secrets;
    }

    Policy policy(YamlDocument storeFile) {
        JsonNode policy = storeFile.root().path("policy");
        Map<String, Boolean> prune = new LinkedHashMap<>();
        policy.path("prune").properties().forEach(e -> prune.put(e.getKey(), e.getValue().asBoolean()));
        List<String> ignore = policy.path("ignore").valueStream().map(JsonNode::asString).toList();
        return new Policy(prune, ignore);
    }

    /** store.yaml defaults over credentials-file defaults. */
    StoreDefaults defaults(YamlDocument storeFile, ContactDefaultsInput extra) {
        Attributes yamlVersion = pick(storeFile, "/defaults", List.of("copyright"));
        Attributes yamlReview = pick(storeFile, "/defaults/review", CONTACT_KEYS);
        return new StoreDefaults(
                yamlVersion.withDefaults(fromCredentials(extra, List.of("copyright"))),
                yamlReview.withDefaults(fromCredentials(extra, CONTACT_KEYS)));
    }

    AppSpec app(String label, Path dir, YamlDocument appFile, Map<String, YamlDocument> localeFiles, StoreDefaults defaults,
               MediaSpec media) {
        JsonNode root = appFile.root();
        SortedMap<String, LocaleSpec> locales = new TreeMap<>();
        localeFiles.forEach((code, doc) -> locales.put(code, locale(code, doc)));
        return new AppSpec(label, dir, appFile.valueMark("/bundleId"),
                root.get("bundleId").asString(),
                root.path("platform").asString("IOS"),
                root.get("primaryLocale").asString(),
                pick(appFile, "", List.of("contentRightsDeclaration")),
                attributes(appFile, "/categories"),
                attributes(appFile, "/ageRating"),
                attributes(appFile, "/version").withDefaults(defaults.version()),
                attributes(appFile, "/review").withDefaults(defaults.review()),
                locales, media, TestFlightSpec.none(), PurchasesSpec.none());
    }

    private LocaleSpec locale(String code, YamlDocument doc) {
        return new LocaleSpec(code, doc.file(), pick(doc, "", APP_INFO_KEYS), pick(doc, "", VERSION_LOCALE_KEYS));
    }

    /** Every key of the map at {@code pointer}. */
    private Attributes attributes(YamlDocument doc, String pointer) {
        JsonNode map = doc.root().at(pointer);
        return map.isObject() ? pick(doc, pointer, List.copyOf(map.propertyNames())) : Attributes.empty();
    }

    /** The given keys of the map at {@code pointer}, in file order, keywords joined. */
    private Attributes pick(YamlDocument doc, String pointer, List<String> keys) {
        JsonNode map = doc.root().at(pointer);
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, Mark> marks = new LinkedHashMap<>();
        Set<String> sensitive = new LinkedHashSet<>();
        map.properties().forEach(e -> {
            String key = e.getKey();
            if (!keys.contains(key)) {
                return;
            }
            JsonNode value = e.getValue();
            if (key.equals("keywords") && !value.isNull()) {
                value = JsonNodeFactory.instance.stringNode(Keywords.join(value));
            }
            values.put(key, value);
            marks.put(key, doc.keyMark(YamlDocument.child(pointer, key)));
            if (key.equals("demoAccountPassword") || (value.isString() && secrets.isReference(value.asString()))) {
                sensitive.add(key);
            }
        });
        return new Attributes(values, marks, sensitive);
    }

    private static Attributes fromCredentials(ContactDefaultsInput extra, List<String> keys) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Map<String, Mark> marks = new LinkedHashMap<>();
        for (String key : keys) {
            String value = extra.values().get(key);
            if (value != null) {
                values.put(key, JsonNodeFactory.instance.stringNode(value));
                marks.put(key, Mark.startOf(extra.source()));
            }
        }
        return new Attributes(values, marks, Set.of());
    }
}
