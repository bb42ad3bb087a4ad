package dev.ascctl.resource.kinds.testflight;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.testflight.UpdateBetaAppReviewDetail;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Capability;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.store.AppSpec;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The beta App Review information of the app (betaAppReviewDetail, {@code app[x].betaReview}). Apple creates
 * it with the app; it is only PATCHed. The demo password is a secret reference, never shown.
 * <pre>
 * review: {contactEmail: ada@example.com, demoAccountRequired: true, demoAccountPassword: ${env:ASC_DEMO_PASSWORD}}
 * </pre>
 */
public final class BetaReviewDetailHandler implements ResourceHandler {
    private static final KindSpec SPEC = new KindSpec("betaAppReviewDetail", 24, Set.of(Capability.UPDATE), null);

    @Override
    public KindSpec spec() {
        return SPEC;
    }

    private static Address address(String bundleId) {
        return Address.app(bundleId).child("betaReview");
    }

    @Override
    public List<DesiredObject> desired(AppSpec app) {
        var review = app.testFlight().review();
        if (review.isEmpty()) {
            return List.of();
        }
        Set<String> sensitive = new HashSet<>(review.sensitive());
        sensitive.add("demoAccountPassword");
        return List.of(new DesiredObject(address(app.bundleId()), SPEC.name(), BetaLive.storePath(app) + ".review",
                review.values(), sensitive, app.mark()));
    }

    @Override
    public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        return BetaLive.reads(app, spec);
    }

    @Override
    public List<LiveObject> live(LiveApp app, AppSpec spec) {
        var details = BetaLive.appRelated(app, "betaAppReviewDetail");
        if (details.isEmpty()) {
            return List.of();
        }
        Resource detail = details.get(0);
        Map<String, JsonNode> attributes = new LinkedHashMap<>();
        for (String a : UpdateBetaAppReviewDetail.ATTRIBUTES) {
            JsonNode v = detail.attributes().get(a);
            attributes.put(a, v == null ? NullNode.getInstance() : v);
        }
        return List.of(new LiveObject(address(app.bundleId()), SPEC.name(), detail.id(), attributes, null));
    }

    @Override
    public List<ApiCall> update(DesiredObject desired, LiveObject live, Map<String, JsonNode> changed, LiveApp app) {
        Set<String> pointers = new HashSet<>();
        changed.forEach((name, value) -> {
            if (desired.sensitive().contains(name) && value.isString()) {
                pointers.add("/data/attributes/" + name);
            }
        });
        return List.of(UpdateBetaAppReviewDetail.of(live.id(), BetaGroupHandler.object(changed))
                .withSecretPointers(pointers));
    }
}
