package dev.ascctl.resource.kinds.release;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.release.BuildCompliance;
import dev.ascctl.asc.endpoint.release.EncryptionDeclarations;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.store.AppSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The encryption declaration of an app that uses non-exempt encryption ({@code app[b].encryptionDeclaration}), the
 * export compliance documentation Apple needs before testers or App Review see such a build, and its builds
 * attached to it. App.yaml, next to the answer:
 * <pre>
 * exportCompliance:
 *   usesNonExemptEncryption: true
 *   encryptionDeclaration:
 *     appDescription: Notes encrypts synced notes end to end with AES-256-GCM.
 *     containsProprietaryCryptography: false
 *     containsThirdPartyCryptography: true
 *     availableOnFrenchStore: false
 * </pre>
 * Decisions:
 * <ul>
 *   <li><b>Identity is the content.</b> Apple's API cannot change or delete a declaration, so the live object is the
 *   app's declaration with exactly these four answers that Apple has not rejected, invalidated or expired (the newest
 *   such). Other answers in the YAML are a new declaration: a create, never an update; the old one stays at Apple, and
 *   builds attached to it keep it.</li>
 *   <li><b>Builds.</b> {@code missingDeclaration} lists the processed, unexpired builds that need one and have none:
 *   answered as using non-exempt encryption, or without an answer (app.yaml's answer, true, goes to them in the same
 *   apply). Each gets one {@code PATCH /v1/builds/{id}/relationships/appEncryptionDeclaration}, also in the apply
 *   that creates the declaration (its id known after its create). A build that has a declaration keeps it.</li>
 *   <li>Reads, only when the key is written: the app's declarations and its non-exempt builds with their
 *   declaration (two requests), beside the export compliance kind's read of builds without an answer.</li>
 *   <li>Apple also asks for the French declaration document when the app is on the French store and holds
 *   proprietary or third-party cryptography; ascctl does not upload it, and names it as a manual step.</li>
 * </ul>
 */
public final class EncryptionDeclarationHandler extends Kind<PartKey<AppKey>> implements Creatable<PartKey<AppKey>>,
        Updatable<PartKey<AppKey>> {
    /** The key inside app.yaml's exportCompliance. */
    static final String KEY = "encryptionDeclaration";
    static final List<String> ANSWERS = List.of("appDescription", "containsProprietaryCryptography",
            "containsThirdPartyCryptography", "availableOnFrenchStore");
    static final String MISSING = "missingDeclaration";
    private static final Set<String> UNUSABLE = Set.of("REJECTED", "INVALID", "EXPIRED");
    private static final KindSpec SPEC = new KindSpec(KEY, 5, null);

    public EncryptionDeclarationHandler() {
        super(SPEC);
    }

    /** The declaration app.yaml gives, when it gives one. */
    static Optional<JsonNode> declared(AppSpec app) {
        return app.section(ExportComplianceHandler.KEY).map(s -> s.value().path(KEY)).filter(JsonNode::isObject);
    }

    private static PartKey<AppKey> key(String bundleId) {
        return new PartKey<>(new AppKey(bundleId), KEY);
    }

    @Override
    public List<DesiredObject<PartKey<AppKey>>> desired(AppSpec app) {
        return declared(app).map(d -> List.of(new DesiredObject<>(key(app.bundleId()), SPEC.name(),
                Handlers.storePath(app) + "." + ExportComplianceHandler.KEY + "." + KEY, attributes(d, List.of()),
                Set.of(), app.section(ExportComplianceHandler.KEY).orElseThrow().keyMark("/" + KEY))))
                .orElse(List.of());
    }

    @Override
    public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        if (declared(spec).isEmpty()) {
            return List.of();
        }
        String appId = app.app().id();
        return List.of(EncryptionDeclarations.of(appId), EncryptionDeclarations.nonExemptBuilds(appId),
                BuildCompliance.unanswered(appId));
    }

    @Override
    public List<LiveObject<PartKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        Optional<JsonNode> desired = declared(spec);
        if (desired.isEmpty()) {
            return List.of();
        }
        return matching(app, desired.get()).flatMap(declaration -> missing(app).map(builds -> List.of(
                new LiveObject<>(key(app.bundleId()), SPEC.name(), declaration.id(), attributes(
                        declaration.attributes(), builds.stream().map(b -> LiveApp.text(b, "version")).toList()),
                        null)))).orElse(List.of());
    }

    /** The newest usable declaration with exactly the desired answers; empty when none (or not read). */
    private static Optional<Resource> matching(LiveApp app, JsonNode desired) {
        return app.read(EncryptionDeclarations.of(app.app().id())).flatMap(d -> d.data().stream()
                .filter(r -> !UNUSABLE.contains(String.valueOf(LiveApp.text(r, "appEncryptionDeclarationState"))))
                .filter(r -> ANSWERS.stream().allMatch(a -> desired.path(a).equals(r.attributes().path(a))))
                .reduce((a, b) -> String.valueOf(LiveApp.text(b, "createdDate")).compareTo(
                        String.valueOf(LiveApp.text(a, "createdDate"))) > 0 ? b : a));
    }

    /** The builds that need a declaration and have none, by build number; empty when not read. */
    private static Optional<List<Resource>> missing(LiveApp app) {
        String appId = app.app().id();
        Optional<List<Resource>> unanswered = ExportComplianceHandler.unanswered(app);
        Optional<List<Resource>> nonExempt = app.read(EncryptionDeclarations.nonExemptBuilds(appId)).map(d -> d.data()
                .stream().filter(b -> b.relationship("appEncryptionDeclaration").flatMap(r -> r.data())
                        .map(List::isEmpty).orElse(false)).toList());
        if (unanswered.isEmpty() || nonExempt.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Resource> out = new LinkedHashMap<>();
        unanswered.get().forEach(b -> out.put(b.id(), b));
        nonExempt.get().forEach(b -> out.put(b.id(), b));
        return Optional.of(List.copyOf(out.values()));
    }

    @Override
    public List<ApiCall> create(DesiredObject<PartKey<AppKey>> desired, LiveApp app) {
        ObjectNode answers = JsonNodeFactory.instance.objectNode();
        ANSWERS.forEach(a -> answers.set(a, desired.attributes().get(a)));
        List<ApiCall> calls = new ArrayList<>();
        calls.add(EncryptionDeclarations.create(app.app().id(), answers));
        String id = IdReference.token(desired.address());
        missing(app).orElse(List.of()).forEach(b -> calls.add(EncryptionDeclarations.attach(b.id(), id)));
        return calls;
    }

    /** Only {@code missingDeclaration} can differ on a matching declaration: each of those builds is attached. */
    @Override
    public List<ApiCall> update(DesiredObject<PartKey<AppKey>> desired, LiveObject<PartKey<AppKey>> live,
                                Map<String, JsonNode> changed, LiveApp app) {
        return missing(app).orElse(List.of()).stream().map(b -> EncryptionDeclarations.attach(b.id(), live.id()))
                .toList();
    }

    @Override
    public List<dev.ascctl.resource.ManualStep> manualSteps(LiveApp app, AppSpec spec) {
        return declared(spec).filter(EncryptionDeclarationHandler::needsFrenchDocument).map(d ->
                List.of(new dev.ascctl.resource.ManualStep(key(spec.bundleId()).address(), "upload the French"
                        + " encryption declaration (ANSSI) of the encryption declaration; ascctl does not upload it",
                        "App Store Connect → App Information → App Encryption Documentation"))).orElse(List.of());
    }

    /** App Store Connect asks for the French document when the app is on the French store with such cryptography. */
    static boolean needsFrenchDocument(JsonNode declaration) {
        return declaration.path("availableOnFrenchStore").asBoolean(false)
                && (declaration.path("containsProprietaryCryptography").asBoolean(false)
                || declaration.path("containsThirdPartyCryptography").asBoolean(false));
    }

    private static Map<String, JsonNode> attributes(JsonNode answers, List<String> missing) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        ANSWERS.forEach(a -> out.put(a, answers.path(a).deepCopy()));
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        new LinkedHashSet<>(missing).stream().sorted().forEach(list::add);
        out.put(MISSING, list);
        return out;
    }
}
