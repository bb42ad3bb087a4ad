package dev.ascctl.resource.kinds.release;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.release.BuildCompliance;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.OwnsStoreSection;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.resource.kinds.Kind;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.StoreSection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;

/**
 * The export compliance answer every new build of the app gets ({@code app[b].exportCompliance}), so no build stalls
 * in "Missing Compliance" in TestFlight or App Review. App.yaml:
 * <pre>
 * exportCompliance:
 *   usesNonExemptEncryption: false   # Apple's build attribute: the app uses only exempt encryption (HTTPS, ...)
 * </pre>
 * Attributes: {@code usesNonExemptEncryption} (live: null while any build lacks an answer) and
 * {@code missingCompliance}, the build numbers without an answer (desired: none). A change is one
 * {@code PATCH /v1/builds/{id}} per build listed. A build that already has an answer is left as it is: Apple asks the
 * question once per build, and App Store Connect shows no way to change an answer (a build with the wrong answer is
 * replaced by uploading a new build). One read when declared: the app's processed, unexpired builds without an answer.
 *
 * <p>{@code usesNonExemptEncryption: true} means Apple also needs export documentation before testers or App Review
 * see the build: an encryption declaration, which {@code encryptionDeclaration} under this key files and attaches
 * ({@link EncryptionDeclarationHandler}), or an approved one named by {@code ITSEncryptionExportComplianceCode} in
 * the Info.plist.
 */
public final class ExportComplianceHandler extends Kind<PartKey<AppKey>> implements OwnsStoreSection,
        Updatable<PartKey<AppKey>> {
    /** The app.yaml key. */
    public static final String KEY = "exportCompliance";
    static final String ANSWER = "usesNonExemptEncryption";
    static final String MISSING = "missingCompliance";
    private static final KindSpec SPEC = new KindSpec(KEY, 5, null);

    public ExportComplianceHandler() {
        super(SPEC);
    }

    @Override
    public StoreSection storeSection() {
        return new StoreSection(KEY, SCHEMA, ExportComplianceHandler::problems);
    }

    /** A declaration documents non-exempt encryption: with an answer of false it would be filed for nothing. */
    private static List<dev.ascctl.store.Problem> problems(dev.ascctl.store.SectionInput section) {
        if (section.value().has(EncryptionDeclarationHandler.KEY) && !section.value().path(ANSWER).asBoolean(true)) {
            return List.of(section.problemAt("/" + EncryptionDeclarationHandler.KEY, "an encryption declaration"
                    + " documents non-exempt encryption; with usesNonExemptEncryption: false the builds need none"
                    + " (set it to true, or leave encryptionDeclaration out)"));
        }
        return List.of();
    }

    /** The answer app.yaml gives new builds, when it gives one. */
    static Optional<Boolean> declared(AppSpec app) {
        return app.section(KEY).map(s -> s.value().path(ANSWER)).filter(JsonNode::isBoolean).map(JsonNode::asBoolean);
    }

    private static PartKey<AppKey> key(String bundleId) {
        return new PartKey<>(new AppKey(bundleId), KEY);
    }

    @Override
    public List<DesiredObject<PartKey<AppKey>>> desired(AppSpec app) {
        return declared(app).map(answer -> List.of(new DesiredObject<>(key(app.bundleId()), SPEC.name(),
                Handlers.storePath(app) + "." + KEY, attributes(answer, List.of()), Set.of(),
                app.section(KEY).orElseThrow().keyMark()))).orElse(List.of());
    }

    @Override
    public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        return declared(spec).isPresent() ? List.of(BuildCompliance.unanswered(app.app().id())) : List.of();
    }

    @Override
    public List<LiveObject<PartKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        Optional<Boolean> answer = declared(spec);
        if (answer.isEmpty()) {
            return List.of();
        }
        return unanswered(app).map(builds -> List.of(new LiveObject<>(key(app.bundleId()), SPEC.name(),
                app.app().id(), builds.isEmpty() ? attributes(answer.get(), List.of()) : attributes(null,
                builds.stream().map(b -> LiveApp.text(b, "version")).toList()), null))).orElse(List.of());
    }

    /** The builds without an answer, as read; empty when not read. */
    static Optional<List<Resource>> unanswered(LiveApp app) {
        return app.read(BuildCompliance.unanswered(app.app().id())).map(d -> d.data().stream()
                .filter(b -> b.attributes().path(ANSWER).isNull() || b.attributes().path(ANSWER).isMissingNode())
                .toList());
    }

    /**
     * Why {@code build} cannot go to Beta App Review or App Review yet: its export compliance question is unanswered
     * (an explicit null; a build read without the attribute is not judged) and app.yaml gives no answer this apply
     * would send (this kind's read was not made). Empty when it can. Apple's refusal is recorded in
     * {@code fl_error_409_STATE_ERROR_submit_for_review_associatedErrors.json}.
     */
    public static Optional<String> unansweredProblem(LiveApp app, Resource build) {
        JsonNode answer = build.attributes().get(ANSWER);
        if (answer == null || !answer.isNull() || app.hasRead(BuildCompliance.unanswered(app.app().id()))) {
            return Optional.empty();
        }
        return Optional.of("build " + LiveApp.text(build, "version") + ": export compliance not answered (set"
                + " exportCompliance in app.yaml, answer it in App Store Connect → TestFlight, or set"
                + " ITSAppUsesNonExemptEncryption in the app's Info.plist)");
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<AppKey>> desired, LiveObject<PartKey<AppKey>> live,
                                Map<String, JsonNode> changed, LiveApp app) {
        boolean answer = desired.attributes().get(ANSWER).asBoolean();
        return unanswered(app).orElse(List.of()).stream().map(b -> BuildCompliance.answer(b.id(), answer)).toList();
    }

    private static Map<String, JsonNode> attributes(Boolean answer, List<String> missing) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        out.put(ANSWER, answer == null ? NullNode.getInstance() : JsonNodeFactory.instance.booleanNode(answer));
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        missing.stream().sorted().forEach(list::add);
        out.put(MISSING, list);
        return out;
    }

    private static final JsonNode SCHEMA = JsonMapper.builder().build().readTree("""
            {"description": "Export compliance of the app's builds: the answer every processed build without one gets\
             (PATCH of Apple's build attribute usesNonExemptEncryption), so no build stalls in Missing Compliance.\
             Builds that already have an answer are left as they are. Leave the key out to answer in App Store\
             Connect or through ITSAppUsesNonExemptEncryption in the Info.plist.",
             "examples": [{"usesNonExemptEncryption": false}],
             "type": "object", "additionalProperties": false, "required": ["usesNonExemptEncryption"],
             "properties": {
               "usesNonExemptEncryption": {"description": "Whether the app uses encryption that is not exempt from\
             export regulations. false: only exempt encryption (HTTPS, Apple's own APIs). true: Apple also needs an\
             approved encryption declaration for the build (ITSEncryptionExportComplianceCode in the Info.plist).",
                 "examples": [false], "type": "boolean"},
               "encryptionDeclaration": {"description": "With usesNonExemptEncryption: true, the app's encryption\
             declaration (Apple's export compliance documentation), filed once and attached to every processed build\
             that has none. Apple cannot change a declaration: other answers here file a new one.",
                 "examples": [{"appDescription": "Notes encrypts synced notes end to end with AES-256-GCM.",
                               "containsProprietaryCryptography": false, "containsThirdPartyCryptography": true,
                               "availableOnFrenchStore": false}],
                 "type": "object", "additionalProperties": false,
                 "required": ["appDescription", "containsProprietaryCryptography", "containsThirdPartyCryptography",
                              "availableOnFrenchStore"],
                 "properties": {
                   "appDescription": {"description": "How the app uses encryption, for Apple's reviewers.",
                     "examples": ["Notes encrypts synced notes end to end with AES-256-GCM."], "type": "string",
                     "minLength": 1},
                   "containsProprietaryCryptography": {"description": "Whether the app holds encryption algorithms\
             that are proprietary or not accepted as standard by international standard bodies.",
                     "examples": [false], "type": "boolean"},
                   "containsThirdPartyCryptography": {"description": "Whether the app holds standard encryption\
             algorithms instead of, or besides, the encryption in Apple's operating systems.",
                     "examples": [true], "type": "boolean"},
                   "availableOnFrenchStore": {"description": "Whether the app is on the App Store in France.",
                     "examples": [false], "type": "boolean"}}}}}""");
}
