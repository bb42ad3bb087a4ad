package dev.ascctl.resource.kinds;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.ResourceEndpoint;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.OwnsStoreSection;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.Updatable;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.SectionInput;
import dev.ascctl.store.StoreSection;
import dev.ascctl.vocabulary.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The app's accessibility declaration per device family ({@code app[b].accessibility[IPHONE]}, Apple's
 * {@code accessibilityDeclarations}): the answers App Store Connect shows as the app's accessibility labels.
 * <pre>
 * accessibilityDeclarations:
 *   IPHONE: {supportsVoiceover: true, supportsLargerText: true, supportsDarkInterface: false}
 * </pre>
 * The store writes the answers to be published: an answer left out is not managed (a new draft keeps the live
 * one), and the plan publishes what it changes. Apple's spec gives a declaration the states DRAFT, PUBLISHED and
 * REPLACED and a {@code publish} flag on its update only; App Store Connect keeps one draft per device family that
 * is published to replace the live answers. So a draft is changed and published (one PATCH), and a published
 * declaration is changed by creating a draft with its answers and the new ones and publishing that (a POST and a
 * PATCH); Apple then marks the old one REPLACED. One read per app: its declarations.
 */
public final class AccessibilityDeclarationHandler extends Kind<NamedKey<AppKey>> implements OwnsStoreSection, StraightReads, StraightReads.ForExport,
        Creatable<NamedKey<AppKey>>, Updatable<NamedKey<AppKey>> {
    /** The app.yaml key. */
    public static final String KEY = "accessibilityDeclarations";
    private static final KindSpec SPEC = new KindSpec("accessibilityDeclaration", 1, null);
    private static final ResourceEndpoint DECLARATIONS = ResourceEndpoint.of(KEY);
    private static final String FAMILY = "deviceFamily";
    private static final String STATE = "state";
    private static final JsonNode PUBLISHED = StringNode.valueOf("PUBLISHED");
    /** The answers: every attribute Apple's update takes except its {@code publish} action. */
    static final List<String> ANSWERS = Vocabulary.get().type(KEY).update().orElseThrow().attributes().stream()
            .filter(a -> !a.equals("publish")).toList();

    private static final List<String> WITH_STATE = java.util.stream.Stream.concat(ANSWERS.stream(),
            java.util.stream.Stream.of(STATE)).toList();

    public AccessibilityDeclarationHandler() {
        super(SPEC);
    }

    private static NamedKey<AppKey> key(String bundleId, String family) {
        return new NamedKey<>(new AppKey(bundleId), "accessibility", family);
    }

    @Override
    public StoreSection storeSection() {
        return new StoreSection(KEY, schema());
    }

    @Override
    public List<DesiredObject<NamedKey<AppKey>>> desired(AppSpec app) {
        return app.section(KEY).map(section -> families(section.value()).stream().map(family -> {
            Map<String, JsonNode> attributes = new LinkedHashMap<>();
            section.value().get(family).properties().forEach(e -> attributes.put(e.getKey(), e.getValue()));
            attributes.put(STATE, PUBLISHED);
            return new DesiredObject<>(key(app.bundleId(), family), SPEC.name(),
                    Handlers.storePath(app) + "." + KEY + "." + family, attributes, Set.of(),
                    section.keyMark(SectionInput.child("", family)));
        }).toList()).orElse(List.of());
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        if (spec.section(KEY).isPresent()) {
            reads.get(list(app));
        }
    }

    @Override
    public void readForExport(LiveApp app, Reads reads) {
        reads.get(list(app));
    }

    @Override
    public List<LiveObject<NamedKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        if (spec.section(KEY).isEmpty()) {
            return List.of();
        }
        return current(app).values().stream().map(d -> {
            Map<String, JsonNode> attributes = Handlers.pick(d, WITH_STATE);
            return new LiveObject<>(key(app.bundleId(), d.text(FAMILY).orElseThrow()),
                    SPEC.name(), d.id(), attributes, null);
        }).toList();
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        ObjectNode declarations = JsonNodeFactory.instance.objectNode();
        current(app).forEach((family, d) -> declarations.set(family, Handlers.object(Handlers.pickSet(d, ANSWERS))));
        return declarations.isEmpty() ? List.of()
                : List.of(new ExportedObject("apps." + label, Map.of(KEY, declarations)));
    }

    @Override
    public List<ApiCall> create(DesiredObject<NamedKey<AppKey>> desired, LiveApp app) {
        Map<String, JsonNode> draft = new LinkedHashMap<>();
        draft.put(FAMILY, StringNode.valueOf(desired.key().name()));
        draft.putAll(answers(desired.attributes()));
        return publishedDraft(draft, desired.address(), app);
    }

    @Override
    public List<ApiCall> update(DesiredObject<NamedKey<AppKey>> desired, LiveObject<NamedKey<AppKey>> live,
                                Map<String, JsonNode> changed, LiveApp app) {
        if (!live.attributes().get(STATE).equals(PUBLISHED)) {
            Map<String, JsonNode> patch = new LinkedHashMap<>(answers(changed));
            patch.put("publish", BooleanNode.TRUE);
            return List.of(DECLARATIONS.update(live.id(), patch));
        }
        // A published declaration does not change; a new draft with its answers and the changed ones replaces it.
        Map<String, JsonNode> draft = new LinkedHashMap<>();
        draft.put(FAMILY, StringNode.valueOf(live.key().name()));
        answers(live.attributes()).forEach((name, value) -> {
            if (!value.isNull()) {
                draft.put(name, value);
            }
        });
        draft.putAll(answers(changed));
        return publishedDraft(draft, desired.address(), app);
    }

    /** A new draft, then its publishing; the PATCH names the draft by the address, as apply knows it once made. */
    private static List<ApiCall> publishedDraft(Map<String, JsonNode> draft, Address address, LiveApp app) {
        return List.of(DECLARATIONS.create(draft, Map.of("app", app.app().id())),
                DECLARATIONS.update(IdReference.token(address), Map.of("publish", BooleanNode.TRUE)));
    }

    private static ApiQuery list(LiveApp app) {
        return DECLARATIONS.listUnder("apps", app.app().id());
    }

    /** Per device family the declaration the store is compared with: its draft if it has one, else the published. */
    private static Map<String, Resource> current(LiveApp app) {
        Map<String, Resource> out = new LinkedHashMap<>();
        List<Resource> all = app.read(list(app)).map(d -> d.data()).orElse(List.of());
        for (String state : List.of("PUBLISHED", "DRAFT")) {
            all.stream().filter(d -> d.text(STATE).orElse("").equals(state) && d.text(FAMILY).isPresent())
                    .forEach(d -> out.put(d.text(FAMILY).orElseThrow(), d));
        }
        return out;
    }

    private static Map<String, JsonNode> answers(Map<String, JsonNode> attributes) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (ANSWERS.contains(name)) {
                out.put(name, value);
            }
        });
        return out;
    }

    private static List<String> families(JsonNode section) {
        List<String> out = new ArrayList<>();
        section.propertyNames().forEach(out::add);
        return out;
    }

    /** The section's schema, from Apple's vocabulary: device families, each with Apple's answers. */
    private static ObjectNode schema() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode answers = nodes.objectNode();
        for (String answer : ANSWERS) {
            ObjectNode one = answers.putObject(answer);
            one.put("description", "Whether the app supports " + words(answer.replaceFirst("^supports", ""))
                    + " on this device family (Apple's " + answer + "); null clears the answer.");
            one.putArray("examples").add(true);
            one.putArray("type").add("boolean").add("null");
        }
        ObjectNode schema = nodes.objectNode();
        schema.put("description", "The app's accessibility declarations (Apple's accessibilityDeclarations) by"
                + " device family: the answers shown as the app's accessibility labels. Apply publishes them; an"
                + " answer left out is not managed.");
        ObjectNode example = schema.putArray("examples").addObject();
        example.putObject("IPHONE").put("supportsVoiceover", true).put("supportsLargerText", true);
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ObjectNode families = schema.putObject("properties");
        for (String family : Vocabulary.get().enumValues("DeviceFamily")) {
            ObjectNode one = families.putObject(family);
            one.put("description", "The answers for " + family + ".");
            one.putArray("examples").addObject().put("supportsVoiceover", true);
            one.put("type", "object");
            one.put("additionalProperties", false);
            one.set("properties", answers.deepCopy());
        }
        return schema;
    }

    /** {@code DifferentiateWithoutColorAlone} as {@code differentiate without color alone}. */
    private static String words(String camel) {
        return camel.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
