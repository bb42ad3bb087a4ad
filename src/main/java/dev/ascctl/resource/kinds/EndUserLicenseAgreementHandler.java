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
import dev.ascctl.resource.Updatable;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.EulaSpec;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.StringNode;

/**
 * The app's custom end-user license agreement ({@code app[b].eula}): its text and the territories it applies in.
 * Created, PATCHed (text, territories or both) and deleted; {@code eula: null} deletes it, so Apple's standard
 * agreement applies again (see {@link EulaSpec} for why null deletes). Two reads when managed: the app with the
 * agreement included, then its territories.
 * <pre>
 * eula: {agreementText: "This licence ...", territories: [GBR, USA]}
 * </pre>
 */
public final class EndUserLicenseAgreementHandler implements Creatable<PartKey<AppKey>>, Updatable<PartKey<AppKey>>,
        Deletable<PartKey<AppKey>> {
    private static final KindSpec SPEC = new KindSpec("endUserLicenseAgreement", 1, null);
    private static final String TEXT = "agreementText";
    private static final String TERRITORIES = "territories";
    private static final List<AttributeSpec> ATTRIBUTES = List.of(AttributeSpec.of(TEXT), AttributeSpec.of(TERRITORIES));

    @Override
    public KindSpec spec() {
        return SPEC;
    }

    @Override
    public List<AttributeSpec> attributes() {
        return ATTRIBUTES;
    }

    private static PartKey<AppKey> key(String bundleId) {
        return new PartKey<>(new AppKey(bundleId), "eula");
    }

    @Override
    public List<DesiredObject<PartKey<AppKey>>> desired(AppSpec app) {
        EulaSpec eula = app.eula();
        if (eula.choice() != EulaSpec.Choice.CUSTOM) {
            return List.of();
        }
        return List.of(new DesiredObject<>(key(app.bundleId()), SPEC.name(), Handlers.storePath(app) + ".eula",
                attributes(eula.agreementText(), eula.territories()), Set.of(), eula.mark()));
    }

    @Override
    public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        return spec.eula().choice() == EulaSpec.Choice.UNMANAGED ? List.of() : exportReads(app);
    }

    @Override
    public List<ApiQuery> exportReads(LiveApp app) {
        List<ApiQuery> out = new ArrayList<>(List.of(EndUserLicenseAgreements.ofApp(app.app().id())));
        agreement(app).ifPresent(eula -> out.add(EndUserLicenseAgreements.territories(eula.id())));
        return out;
    }

    @Override
    public List<LiveObject<PartKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        if (spec.eula().choice() == EulaSpec.Choice.UNMANAGED) {
            return List.of();
        }
        return liveAttributes(app).map(a -> List.of(new LiveObject<>(key(app.bundleId()), SPEC.name(),
                agreement(app).orElseThrow().id(), a, null))).orElse(List.of());
    }

    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        return liveAttributes(app).map(a -> List.of(new ExportedObject("apps." + label,
                Map.of("eula", Handlers.object(a)), Set.of()))).orElse(List.of());
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
        return spec.eula().choice() == EulaSpec.Choice.APPLE_STANDARD
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
