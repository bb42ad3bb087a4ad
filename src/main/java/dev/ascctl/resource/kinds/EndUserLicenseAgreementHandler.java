package dev.ascctl.resource.kinds;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.EndUserLicenseAgreements;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.OwnsStoreSection;
import dev.ascctl.resource.Updatable;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Problem;
import dev.ascctl.store.SectionInput;
import dev.ascctl.store.StoreSection;
import dev.ascctl.store.TerritoryCodes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * The app's custom end-user license agreement ({@code app[b].eula}): its text and the territories it applies in.
 * Created, PATCHed (text, territories or both) and deleted. Two reads when managed: the app with the agreement
 * included, then its territories. The kind owns app.yaml's {@code eula} key ({@link #storeSection}):
 * <pre>
 * eula: {agreementText: "This licence ...", territories: [USA, GBR]}   # a custom agreement
 * eula: null                                                         # Apple's standard one: delete the custom one
 * (no eula key)                                                      # unmanaged: left as it is
 * </pre>
 * An explicit null deletes, although deleting is otherwise only done under {@code policy.prune}: null is the
 * user's written choice of Apple's standard agreement, which in Apple's model is the absence of a custom one, so
 * there is no other way to say it; a key merely left out stays unmanaged.
 */
public final class EndUserLicenseAgreementHandler extends Kind<PartKey<AppKey>> implements OwnsStoreSection, Creatable<PartKey<AppKey>>,
        Updatable<PartKey<AppKey>>, Deletable<PartKey<AppKey>> {
    /** The app.yaml key. */
    public static final String KEY = "eula";
    private static final KindSpec SPEC = new KindSpec("endUserLicenseAgreement", 1, null);
    private static final String TEXT = "agreementText";
    private static final String TERRITORIES = "territories";
    private static final List<AttributeSpec> ATTRIBUTES = List.of(AttributeSpec.of(TEXT), AttributeSpec.of(TERRITORIES));

    public EndUserLicenseAgreementHandler() {
        super(SPEC, ATTRIBUTES);
    }

    @Override
    public StoreSection storeSection() {
        return new StoreSection(KEY, SCHEMA, EndUserLicenseAgreementHandler::problems);
    }

    /** Apple's territory codes; values of the wrong type are left to the schema. */
    private static List<Problem> problems(SectionInput eula) {
        List<Problem> problems = new ArrayList<>();
        JsonNode territories = eula.value().path(TERRITORIES);
        for (int i = 0; i < territories.size(); i++) {
            JsonNode code = territories.get(i);
            if (code.isString() && !TerritoryCodes.isKnown(code.asString())) {
                problems.add(eula.problemAt("/" + TERRITORIES + "/" + i, "territory '" + code.asString()
                        + "' is not one of Apple's territory codes (ISO 3166-1 alpha-3, e.g. USA, GBR, DEU)"));
            }
        }
        return problems;
    }

    /** The written key when it declares a custom agreement (an object), which the schema has checked. */
    private static Optional<SectionInput> custom(AppSpec app) {
        return app.section(KEY).filter(eula -> eula.value().isObject());
    }

    // No length limit is checked: Apple's spec declares no maxLength on agreementText and App Store Connect Help
    // ("Provide a custom license agreement") states none; real EULAs are long, so a guessed limit would refuse valid
    // stores. Apple strips HTML from the text (same page), which the plan shows as written.
    private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree("""
            {"description": "The app's custom end-user license agreement (Apple's endUserLicenseAgreements): its text\
             and the territories it applies in; everywhere else Apple's standard EULA applies. Leave the key out to\
             leave it unmanaged; write null to go back to Apple's standard EULA everywhere (the custom one is\
             deleted).",
             "examples": [{"agreementText": "This licence governs your use of Notes...", "territories": ["USA", "GBR"]},
                          null],
             "type": ["object", "null"], "additionalProperties": false, "required": ["agreementText", "territories"],
             "properties": {
               "agreementText": {"description": "The agreement as plain text (Apple strips HTML; line breaks are kept).",
                 "examples": ["This licence governs your use of Notes..."], "type": "string", "minLength": 1},
               "territories": {"description": "Where the custom agreement applies: Apple's territory codes (ISO 3166-1\
             alpha-3, e.g. USA, GBR). The complete list; order does not matter.",
                 "examples": [["USA", "GBR"]], "type": "array", "minItems": 1, "uniqueItems": true,
                 "items": {"type": "string"}}}}""");

    private static PartKey<AppKey> key(String bundleId) {
        return new PartKey<>(new AppKey(bundleId), "eula");
    }

    @Override
    public List<DesiredObject<PartKey<AppKey>>> desired(AppSpec app) {
        return custom(app).map(eula -> List.of(new DesiredObject<>(key(app.bundleId()), SPEC.name(),
                Handlers.storePath(app) + "." + KEY, attributes(eula.value().get(TEXT).asString(),
                territories(eula.value().get(TERRITORIES))), Set.of(), eula.keyMark()))).orElse(List.of());
    }

    @Override
    public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        return spec.section(KEY).isEmpty() ? List.of() : exportReads(app);
    }

    @Override
    public List<ApiQuery> exportReads(LiveApp app) {
        List<ApiQuery> out = new ArrayList<>(List.of(EndUserLicenseAgreements.ofApp(app.app().id())));
        agreement(app).ifPresent(eula -> out.add(EndUserLicenseAgreements.territories(eula.id())));
        return out;
    }

    @Override
    public List<LiveObject<PartKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        if (spec.section(KEY).isEmpty()) {
            return List.of();
        }
        return liveAttributes(app).map(a -> List.of(new LiveObject<>(key(app.bundleId()), SPEC.name(),
                agreement(app).orElseThrow().id(), a, null))).orElse(List.of());
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        return liveAttributes(app).map(a -> List.of(new ExportedObject("apps." + label,
                Map.of(KEY, Handlers.object(a)), Set.of()))).orElse(List.of());
    }

    @Override
    public List<ApiCall> create(DesiredObject<PartKey<AppKey>> desired, LiveApp app) {
        return List.of(EndUserLicenseAgreements.create(app.app().id(), desired.attributes().get(TEXT).asString(),
                territories(desired.attributes().get(TERRITORIES))));
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<AppKey>> desired, LiveObject<PartKey<AppKey>> live,
                                Map<String, JsonNode> changed, LiveApp app) {
        return List.of(EndUserLicenseAgreements.update(live.id(),
                changed.containsKey(TEXT) ? changed.get(TEXT).asString() : null,
                changed.containsKey(TERRITORIES) ? territories(changed.get(TERRITORIES)) : null));
    }

    @Override
    public List<ApiCall> delete(LiveObject<PartKey<AppKey>> live, LiveApp app) {
        return List.of(EndUserLicenseAgreements.delete(live.id()));
    }

    @Override
    public Optional<String> removalAsked(LiveObject<PartKey<AppKey>> live, AppSpec spec) {
        return spec.section(KEY).filter(eula -> eula.value().isNull()).isPresent()
                ? Optional.of("app.yaml sets eula: null (Apple's standard EULA)") : Optional.empty();
    }

    /**
     * The app's agreement as the app read included it; empty when it has none or it was not read. The read asks for
     * the include, so a relationship without data (Apple's null, or left out as the spec's object type allows)
     * means none, not "not loaded".
     */
    private static Optional<Resource> agreement(LiveApp app) {
        return app.read(EndUserLicenseAgreements.ofApp(app.app().id())).flatMap(doc -> doc.single()
                .flatMap(a -> a.relationship("endUserLicenseAgreement")).flatMap(r -> r.one()).flatMap(doc::find));
    }

    /** Text and sorted territories of the live agreement, once both reads are in. */
    private static Optional<Map<String, JsonNode>> liveAttributes(LiveApp app) {
        return agreement(app).flatMap(eula -> app.read(EndUserLicenseAgreements.territories(eula.id())).map(doc ->
                attributes(eula.text(TEXT).orElse(""), doc.data().stream().map(Resource::id).toList())));
    }

    private static Map<String, JsonNode> attributes(String text, Collection<String> territories) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put(TEXT, StringNode.valueOf(text));
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        new TreeSet<>(territories).forEach(list::add);
        out.put(TERRITORIES, list);
        return out;
    }

    private static List<String> territories(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(t -> out.add(t.asString()));
        return out;
    }
}
