package dev.ascctl.resource.kinds;

import static dev.ascctl.resource.AttributeSpec.of;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.StoreText;
import dev.ascctl.resource.BaseInclude;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.ResourceEndpoint;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.store.TextLimits;
import dev.ascctl.store.AppSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The App Review information of the version being prepared (appStoreReviewDetail). Created once, then
 * PATCHed; Apple has no DELETE for it. The demo password is a secret reference and never shown.
 * <pre>
 * review: {contactEmail: ada@example.com, demoAccountRequired: true, demoAccountPassword: ${env:ASC_DEMO_PASSWORD}}
 * </pre>
 */
public final class ReviewDetailHandler extends Kind<PartKey<VersionKey>> implements BaseInclude.Contributor, Creatable<PartKey<VersionKey>>, Updatable<PartKey<VersionKey>>, StoreText {
    private static final ResourceEndpoint REVIEW_DETAILS = ResourceEndpoint.of("appStoreReviewDetails");
    private static final KindSpec SPEC = new KindSpec("appStoreReviewDetail", 5,
            null);
    /** Review notes at most 4,000 characters: App Store Connect Help, "App Review information" (no spec maxLength). */
    private static final List<AttributeSpec> SPECS = List.of(of("contactFirstName"), of("contactLastName"),
            of("contactPhone"), of("contactEmail"), of("demoAccountName"), of("demoAccountPassword"),
            of("demoAccountRequired"), of("notes").limit(4000));
    static final List<String> ATTRIBUTES = AttributeSpec.names(SPECS);

    public ReviewDetailHandler() {
        super(SPEC, SPECS);
    }

    @Override
    public Optional<TextLimits.Place> textPlace() {
        return Optional.of(TextLimits.Place.APP_REVIEW);
    }

    @Override
    public List<DesiredObject<PartKey<VersionKey>>> desired(AppSpec app) {
        if (!VersionHandler.hasVersion(app) || app.review().values().isEmpty()) {
            return List.of();
        }
        Set<String> sensitive = new HashSet<>(app.review().sensitive());
        sensitive.add("demoAccountPassword");
        return List.of(new DesiredObject<>(new PartKey<>(VersionHandler.key(app), "reviewDetail"), SPEC.name(),
                Handlers.storePath(app) + ".review", app.review().values(), sensitive, app.mark()));
    }

    /** The reference a live demo password is exported as; the password itself is never written. */
    public static final String DEMO_PASSWORD_REFERENCE = "${env:ASC_DEMO_PASSWORD}";

    /**
     * The review detail of the version being prepared, unset attributes as explicit nulls (store.yaml and the
     * credentials file may default the contact fields, which must not turn an imported store into a change).
     * A live demo password becomes {@link #DEMO_PASSWORD_REFERENCE}.
     */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        return detail(app).map(d -> List.of(new ExportedObject("apps." + label + ".review", Handlers.pick(d,
                ATTRIBUTES)).withSecretReference("demoAccountPassword", DEMO_PASSWORD_REFERENCE))).orElse(List.of());
    }

    @Override
    public List<LiveObject<PartKey<VersionKey>>> live(LiveApp app, AppSpec spec) {
        if (!VersionHandler.hasVersion(spec)) {
            return List.of();
        }
        return detail(app).map(detail -> List.of(new LiveObject<>(new PartKey<>(VersionHandler.key(spec),
                "reviewDetail"), SPEC.name(), detail.id(), Handlers.pick(detail, ATTRIBUTES),
                VersionHandler.blockedReason(app.currentVersion().orElseThrow())))).orElse(List.of());
    }

    /** The review detail of the version being prepared, as the base read included it. */
    private static Optional<Resource> detail(LiveApp app) {
        return app.currentVersion().flatMap(version -> app.relatedOne(version, "appStoreReviewDetail"));
    }

    /** None for the version this apply creates: the detail is created under it, once it exists. */
    @Override
    public Optional<String> createRefusal(DesiredObject<PartKey<VersionKey>> desired, LiveApp app) {
        return NewVersionCopies.created(desired.key().parent(), app).isPresent() ? Optional.empty()
                : VersionHandler.childCreateRefusal(app);
    }

    /**
     * Under the version being prepared, or the one this apply creates (by its id once created): the sandbox makes no
     * review detail for a new version, and a client must not count on one (fastlane's deliver creates it when the
     * new version has none).
     */
    @Override
    public List<ApiCall> create(DesiredObject<PartKey<VersionKey>> desired, LiveApp app) {
        String versionId = NewVersionCopies.created(desired.key().parent(), app).map(NewVersionCopies::versionId)
                .orElseGet(() -> app.currentVersion().orElseThrow().id());
        return List.of(REVIEW_DETAILS.create(desired.attributes(), Map.of("appStoreVersion", versionId))
                .withSecretPointers(desired.secretPointers(desired.attributes())));
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<VersionKey>> desired, LiveObject<PartKey<VersionKey>> live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(REVIEW_DETAILS.update(live.id(), changed)
                .withSecretPointers(desired.secretPointers(changed)));
    }

    /** Comes with the base read: the version's review detail. */
    @Override
    public List<BaseInclude> baseIncludes() {
        return List.of(BaseInclude.toOne(BaseInclude.BaseRead.VERSIONS, "appStoreReviewDetail"));
    }

}
