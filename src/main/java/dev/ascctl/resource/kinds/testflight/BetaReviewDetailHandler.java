package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.endpoint.ResourceEndpoint;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.Updatable;
import dev.ascctl.resource.kinds.AppKey;
import dev.ascctl.resource.kinds.Handlers;
import dev.ascctl.resource.kinds.PartKey;
import dev.ascctl.store.AppSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The beta App Review information of the app (betaAppReviewDetail, {@code app[x].betaReview}). Apple creates
 * it with the app; it is only PATCHed. The demo password is a secret reference, never shown.
 * <pre>
 * review: {contactEmail: ada@example.com, demoAccountRequired: true, demoAccountPassword: ${env:ASC_DEMO_PASSWORD}}
 * </pre>
 */
public final class BetaReviewDetailHandler extends BetaAppHandler<PartKey<AppKey>> implements Updatable<PartKey<AppKey>> {
    private static final ResourceEndpoint REVIEW_DETAIL = ResourceEndpoint.of("betaAppReviewDetails");
    private static final KindSpec SPEC = new KindSpec("betaAppReviewDetail", 24, null);

    public BetaReviewDetailHandler() {
        super(SPEC);
    }

    private static PartKey<AppKey> key(String bundleId) {
        return new PartKey<>(new AppKey(bundleId), "betaReview");
    }

    @Override
    public List<DesiredObject<PartKey<AppKey>>> desired(AppSpec app) {
        var review = app.testFlight().review();
        if (review.isEmpty()) {
            return List.of();
        }
        Set<String> sensitive = new HashSet<>(review.sensitive());
        sensitive.add("demoAccountPassword");
        return List.of(new DesiredObject<>(key(app.bundleId()), SPEC.name(), BetaLive.storePath(app) + ".review",
                review.values(), sensitive, app.mark()));
    }

    /**
     * The reference a live beta demo password is exported as; the password itself is never written. It is not
     * {@code ASC_DEMO_PASSWORD} (the App Store review's): the two accounts may differ, and one variable per
     * secret lets a team set each on its own.
     */
    public static final String DEMO_PASSWORD_REFERENCE = "${env:ASC_BETA_DEMO_PASSWORD}";
    /** The attributes in the order testflight.yaml's schema lists them. */
    private static final List<String> EXPORT_ORDER = List.of("contactFirstName", "contactLastName", "contactPhone",
            "contactEmail", "demoAccountName", "demoAccountPassword", "demoAccountRequired", "notes");

    /** The attributes Apple has set, the demo password as {@link #DEMO_PASSWORD_REFERENCE}; nothing when none is. */
    @Override
    public List<ExportedObject> export(LiveApp app, String label) {
        var details = BetaLive.appRelated(app, "betaAppReviewDetail");
        if (details.isEmpty()) {
            return List.of();
        }
        Map<String, JsonNode> attributes = Handlers.pickSet(details.get(0), EXPORT_ORDER);
        return attributes.isEmpty() ? List.of() : List.of(new ExportedObject(BetaLive.exportPath(label) + ".review",
                attributes).withSecretReference("demoAccountPassword", DEMO_PASSWORD_REFERENCE));
    }

    @Override
    public List<LiveObject<PartKey<AppKey>>> live(LiveApp app, AppSpec spec) {
        var details = BetaLive.appRelated(app, "betaAppReviewDetail");
        if (details.isEmpty()) {
            return List.of();
        }
        return List.of(liveObject(key(app.bundleId()), details.get(0).id(),
                Handlers.pick(details.get(0), REVIEW_DETAIL.updatable()), null));
    }

    @Override
    public List<ApiCall> update(DesiredObject<PartKey<AppKey>> desired, LiveObject<PartKey<AppKey>> live, Map<String, JsonNode> changed, LiveApp app) {
        return List.of(REVIEW_DETAIL.update(live.id(), changed).withSecretPointers(desired.secretPointers(changed)));
    }
}
