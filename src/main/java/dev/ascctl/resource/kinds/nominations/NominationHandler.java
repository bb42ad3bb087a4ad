package dev.ascctl.resource.kinds.nominations;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.ListApps;
import dev.ascctl.asc.endpoint.nominations.Nominations;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.OwnsStoreSection;
import dev.ascctl.resource.Reads;
import dev.ascctl.resource.StorePaths;
import dev.ascctl.resource.StraightReads;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.NamedKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.PlanTimeProblemException;
import dev.ascctl.store.Problem;
import dev.ascctl.store.SectionInput;
import dev.ascctl.store.StoreSection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Featuring nominations ({@code app[b].nomination[<name>]}, Apple's {@code /v1/nominations}) from the app's
 * {@code nominations.yaml} ({@link NominationSpec}), matched by name among the nominations related to the app.
 * A new one is one {@code POST}, a draft unless {@code submitted: true}; a change, submitting included, is one
 * {@code PATCH} with what changed. An archived nomination cannot change: its changes are listed apart with the
 * reason, never sent; a submitted one cannot go back to draft (Apple has no such write), also listed apart. A live
 * nomination the file does not name is left alone.
 *
 * <p>Reads, only for an app with the file: its nominations with related apps (bundle ids) and territories included,
 * one request; plus, when the file relates other apps, those apps by bundle id (one request) for their ids.
 */
public final class NominationHandler extends Kind<NamedKey<AppKey>> implements OwnsStoreSection, StraightReads,
        StraightReads.ForExport, Creatable<NamedKey<AppKey>>, Updatable<NamedKey<AppKey>> {
    private static final String SEGMENT = "nomination";
    private static final KindSpec SPEC = new KindSpec(SEGMENT, 45, null);
    static final String SUBMITTED = "submitted";
    private static final List<String> DATES = List.of("publishStartDate", "publishEndDate");
    /** Attributes sent as they are (strings and booleans). */
    private static final List<String> PLAIN = List.of("type", "description", "publishStartDate", "publishEndDate",
            "hasInAppEvents", "launchInSelectMarketsFirst", "preOrderEnabled", "notes");
    /** Array attributes whose order does not matter, shown sorted. */
    private static final List<String> SETS = List.of("deviceFamilies", "locales");
    /** To-many relationships, shown sorted; relatedApps names the other apps by bundle id. */
    private static final List<String> RELATIONSHIPS = List.of("relatedApps", "supportedTerritories", "inAppEvents");
    private static final String URIS = "supplementalMaterialsUris";

    public NominationHandler() {
        super(SPEC);
    }

    @Override
    public StoreSection storeSection() {
        return StoreSection.ownFile(NominationSpec.KEY, NominationSpec.FILE, NominationSpec.SCHEMA,
                NominationSpec::problems);
    }

    private static NamedKey<AppKey> key(String bundleId, String name) {
        return new NamedKey<>(new AppKey(bundleId), SEGMENT, name);
    }

    @Override
    public List<DesiredObject<NamedKey<AppKey>>> desired(AppSpec app) {
        Optional<SectionInput> section = app.section(NominationSpec.KEY);
        if (section.isEmpty()) {
            return List.of();
        }
        List<DesiredObject<NamedKey<AppKey>>> out = new ArrayList<>();
        NominationSpec.entries(section.get()).forEach((name, n) -> {
            Map<String, JsonNode> attributes = new LinkedHashMap<>();
            for (String plain : PLAIN) {
                if (n.has(plain)) {
                    JsonNode v = n.get(plain);
                    attributes.put(plain, DATES.contains(plain) && !v.isNull()
                            ? StringNode.valueOf(NominationSpec.dateTime(v).orElse(v.asString())) : v);
                }
            }
            for (String list : concat(SETS, RELATIONSHIPS)) {
                if (n.has(list)) {
                    attributes.put(list, n.get(list).isNull() ? StringNode.valueOf("") : sorted(n.get(list)));
                }
            }
            if (n.has(URIS)) {
                attributes.put(URIS, StringNode.valueOf(n.get(URIS).isNull() ? "" : join(n.get(URIS))));
            }
            if (n.has(SUBMITTED)) {
                attributes.put(SUBMITTED, n.get(SUBMITTED));
            }
            out.add(new DesiredObject<>(key(app.bundleId(), name), SPEC.name(), Handlers.storePath(app) + "."
                    + NominationSpec.KEY + "." + name, attributes, Set.of(),
                    NominationSpec.mark(section.get(), name)));
        });
        return out;
    }

    @Override
    public void read(LiveApp app, AppSpec spec, Reads reads) {
        Optional<SectionInput> section = spec.section(NominationSpec.KEY);
        if (section.isEmpty()) {
            return; // no nominations.yaml: nominations are not managed for the app
        }
        reads.get(Nominations.ofApp(app.app().id()));
        List<String> others = otherApps(section.get());
        if (!others.isEmpty()) {
            reads.get(otherAppsQuery(others));
        }
    }

    @Override
    public void readForExport(LiveApp app, Reads reads) {
        reads.get(Nominations.ofApp(app.app().id()));
    }

    private static List<String> otherApps(SectionInput section) {
        Set<String> out = new TreeSet<>();
        NominationSpec.entries(section).values().forEach(n -> n.path("relatedApps").forEach(a -> out.add(a.asString())));
        return List.copyOf(out);
    }

    private static ApiQuery otherAppsQuery(List<String> bundleIds) {
        return ListApps.byBundleIds(bundleIds).fields("apps", "bundleId");
    }

    @Override
    public List<LiveObject<NamedKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        if (spec.section(NominationSpec.KEY).isEmpty()) {
            return List.of();
        }
        Optional<Document> read = app.read(Nominations.ofApp(app.app().id()));
        Map<String, LiveObject<NamedKey<AppKey>>> byName = new LinkedHashMap<>();
        // Apple does not keep names unique: the one that can still change wins, then the newest.
        read.map(Document::data).orElse(List.of()).stream()
                .sorted(Comparator.comparing((Resource r) -> "ARCHIVED".equals(state(r)))
                        .thenComparing(r -> r.text("lastModifiedDate").orElse(""), Comparator.reverseOrder()))
                .forEach(r -> r.text("name").ifPresent(name -> byName.putIfAbsent(name, new LiveObject<>(
                        key(app.bundleId(), name), SPEC.name(), r.id(), attributes(app, read, r),
                        "ARCHIVED".equals(state(r)) ? "nomination '" + name + "' is archived: App Store Connect changes"
                                + " no archived nomination (give the new plans a new name)" : null))));
        return List.copyOf(byName.values());
    }

    private static String state(Resource r) {
        return r.text("state").orElse("");
    }

    /** The live attributes in the YAML's vocabulary. */
    private static Map<String, JsonNode> attributes(LiveApp app, Optional<Document> read, Resource r) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (String plain : PLAIN) {
            out.put(plain, r.attribute(plain) == null || r.attribute(plain).isMissingNode() ? NullNode.getInstance()
                    : r.attribute(plain));
        }
        for (String set : SETS) {
            out.put(set, sorted(r.attribute(set)));
        }
        out.put(URIS, StringNode.valueOf(join(r.attribute(URIS))));
        ArrayNode others = JsonNodeFactory.instance.arrayNode();
        LiveApp.included(read, r, "relatedApps").stream().map(a -> a.text("bundleId").orElse(a.id()))
                .filter(b -> !b.equals(app.bundleId())).forEach(others::add);
        out.put("relatedApps", sorted(others));
        for (String rel : List.of("supportedTerritories", "inAppEvents")) {
            ArrayNode ids = JsonNodeFactory.instance.arrayNode();
            r.relationship(rel).flatMap(x -> x.data()).orElse(List.of()).forEach(l -> ids.add(l.id()));
            out.put(rel, sorted(ids));
        }
        out.put(SUBMITTED, BooleanNode.valueOf(!"DRAFT".equals(state(r))));
        return out;
    }

    @Override
    public Optional<String> attributeRefusal(String attribute, DesiredObject<NamedKey<AppKey>> desired, LiveApp app) {
        if (attribute.equals(SUBMITTED) && !desired.attributes().get(SUBMITTED).asBoolean(false)) {
            return Optional.of("nomination '" + desired.key().name() + "' is already submitted to Apple; a submitted"
                    + " nomination cannot go back to draft (change it as submitted, or archive it in App Store"
                    + " Connect)");
        }
        return Optional.empty();
    }

    @Override
    public List<ApiCall> create(DesiredObject<NamedKey<AppKey>> desired, LiveApp app) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        attributes.put("name", desired.key().name());
        Map<String, JsonNode> wanted = new LinkedHashMap<>(desired.attributes());
        wanted.putIfAbsent(SUBMITTED, BooleanNode.FALSE); // a draft unless the YAML submits it
        writeAttributes(attributes, wanted);
        Map<String, List<String>> related = relationships(desired, wanted.keySet(), app);
        related.putIfAbsent("relatedApps", List.of(app.app().id()));
        return List.of(Nominations.create(attributes, related));
    }

    @Override
    public List<ApiCall> update(DesiredObject<NamedKey<AppKey>> desired, LiveObject<NamedKey<AppKey>> live,
                                Map<String, JsonNode> changed, LiveApp app) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode();
        writeAttributes(attributes, changed);
        return List.of(Nominations.update(live.id(), attributes, relationships(desired, changed.keySet(), app)));
    }

    private static void writeAttributes(ObjectNode out, Map<String, JsonNode> values) {
        values.forEach((name, value) -> {
            if (PLAIN.contains(name) || name.equals(SUBMITTED)) {
                out.set(name, value);
            } else if (SETS.contains(name) || name.equals(URIS)) {
                ArrayNode list = out.putArray(name);
                split(value).forEach(list::add);
            }
        });
    }

    /** The to-many relationships among {@code names}: ids, the app itself first among the related apps. */
    private Map<String, List<String>> relationships(DesiredObject<NamedKey<AppKey>> desired, Set<String> names,
                                                    LiveApp app) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String rel : RELATIONSHIPS) {
            if (!names.contains(rel)) {
                continue;
            }
            List<String> values = split(desired.attributes().get(rel));
            if (rel.equals("relatedApps")) {
                List<String> ids = new ArrayList<>(List.of(app.app().id()));
                for (String bundleId : values) {
                    ids.add(otherAppId(app, bundleId).orElseThrow(() -> new PlanTimeProblemException(
                            new Problem(desired.origin(), "nomination '" + desired.key().name() + "' relates app "
                                    + bundleId + ", which is not an app of this account in App Store Connect"))));
                }
                out.put(rel, ids);
            } else {
                out.put(rel, values);
            }
        }
        return out;
    }

    private static Optional<String> otherAppId(LiveApp app, String bundleId) {
        return app.readsAt("/v1/apps").stream().flatMap(d -> d.data().stream())
                .filter(a -> a.text("bundleId").map(bundleId::equals).orElse(false)).map(Resource::id).findFirst();
    }

    /** nominations.yaml of the app's nominations that are not archived, as the plan finds no change. */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        Optional<Document> read = app.read(Nominations.ofApp(app.app().id()));
        Map<String, JsonNode> out = new LinkedHashMap<>();
        read.map(Document::data).orElse(List.of()).stream().filter(r -> !"ARCHIVED".equals(state(r)))
                .forEach(r -> r.text("name").ifPresent(name -> {
                    ObjectNode yaml = JsonNodeFactory.instance.objectNode();
                    attributes(app, read, r).forEach((attribute, value) -> {
                        if (value.isNull() || (value.isString() && value.asString().isEmpty()
                                && !attribute.equals("description"))) {
                            return;
                        }
                        if (DATES.contains(attribute)) {
                            yaml.put(attribute, exportedDate(value.asString()));
                        } else if (SETS.contains(attribute) || RELATIONSHIPS.contains(attribute)
                                || attribute.equals(URIS)) {
                            split(value).forEach(yaml.putArray(attribute)::add);
                        } else {
                            yaml.set(attribute, value);
                        }
                    });
                    out.putIfAbsent(name, yaml);
                }));
        return out.isEmpty() ? List.of() : List.of(new ExportedObject("apps." + StorePaths.segment(label) + "."
                + NominationSpec.KEY, out));
    }

    /** A date where the live date-time is midnight UTC, else the date-time in UTC. */
    private static String exportedDate(String live) {
        String utc = NominationSpec.dateTime(StringNode.valueOf(live)).orElse(live);
        return utc.endsWith("T00:00:00Z") ? utc.substring(0, 10) : utc;
    }

    private static StringNode sorted(JsonNode array) {
        TreeSet<String> values = new TreeSet<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asString()));
        }
        return StringNode.valueOf(String.join(", ", values));
    }

    private static String join(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asString()));
        }
        return String.join(", ", values);
    }

    private static List<String> split(JsonNode text) {
        return text == null || text.isNull() || text.asString().isEmpty() ? List.of()
                : List.of(text.asString().split(", "));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
