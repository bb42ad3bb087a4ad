package dev.ascctl.asc.endpoint.experiments;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Linkage;
import dev.ascctl.asc.endpoint.RequestBodies;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Product page optimization tests through Apple's non-deprecated v2 experiments (spec 4.4.1: the v1
 * {@code /v1/appStoreVersionExperiments} operations are deprecated), their treatments and treatment localizations.
 * <pre>{@code
 * Experiments.ofApp(appId)                       // GET /v1/apps/{id}/appStoreVersionExperimentsV2?include=treatments
 * Experiments.localizations(treatmentId)         // GET /v1/appStoreVersionExperimentTreatments/{id}/...Localizations
 * Experiments.create(appId, "Bold", "IOS", 30)   // POST /v2/appStoreVersionExperiments
 * Experiments.update(id, attrs)                  // PATCH /v2/appStoreVersionExperiments/{id} (name, trafficProportion)
 * Experiments.started(id, true)                  // PATCH ... started: true starts, false stops
 * Experiments.delete(id)                         // DELETE /v2/appStoreVersionExperiments/{id}
 * Experiments.createTreatment(experimentId, attrs) / updateTreatment / deleteTreatment
 * Experiments.createLocalization(treatmentId, "en-US") / deleteLocalization
 * Experiments.addToSubmission(submissionId, experimentId)  // POST /v1/reviewSubmissionItems (appStoreVersionExperimentV2)
 * }</pre>
 * The attributes each write accepts come from the generated vocabulary.
 */
public final class Experiments {
    public static final String TYPE = "appStoreVersionExperiments";
    public static final String TREATMENTS = "appStoreVersionExperimentTreatments";
    public static final String LOCALIZATIONS = "appStoreVersionExperimentTreatmentLocalizations";
    private static final String V2 = "/v2/" + TYPE;
    /** The spec's maximum page size, and its maximum for an included relationship (a test has at most 3). */
    private static final int PAGE = 200;
    private static final int INCLUDED = 50;

    private Experiments() {
    }

    /** Every test of the app with its treatments, in one request. */
    public static ApiQuery ofApp(String appId) {
        return ApiQuery.of("/v1/apps/" + RequestBodies.requireId(appId, "apps") + "/appStoreVersionExperimentsV2")
                .include(TREATMENTS).limit(PAGE).limit(TREATMENTS, INCLUDED);
    }

    /** A treatment's localizations, one page: one per App Store locale at most. */
    public static ApiQuery localizations(String treatmentId) {
        return ApiQuery.of("/v1/" + TREATMENTS + "/" + RequestBodies.requireId(treatmentId, TREATMENTS) + "/"
                + LOCALIZATIONS).limit(PAGE);
    }

    public static ApiCall create(String appId, String name, String platform, int trafficProportion) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode().put("name", name).put("platform", platform)
                .put("trafficProportion", trafficProportion);
        return RequestBodies.create(V2, TYPE, attributes, RequestBodies.creatable(TYPE),
                Map.of("app", new Linkage("apps", RequestBodies.requireId(appId, "apps"))));
    }

    public static ApiCall update(String experimentId, ObjectNode attributes) {
        return RequestBodies.update(V2 + "/" + RequestBodies.requireId(experimentId, TYPE), TYPE, experimentId,
                attributes, RequestBodies.updatable(TYPE), Map.of());
    }

    /** {@code started: true} starts the test (once App Review accepted it), {@code false} stops it for good. */
    public static ApiCall started(String experimentId, boolean started) {
        return update(experimentId, JsonNodeFactory.instance.objectNode().put("started", started));
    }

    public static ApiCall delete(String experimentId) {
        return ApiCall.delete(V2 + "/" + RequestBodies.requireId(experimentId, TYPE));
    }

    /** @param experimentId an id, or the placeholder of a test the same apply creates */
    public static ApiCall createTreatment(String experimentId, ObjectNode attributes) {
        RequestBodies.requireAttributes(attributes, TREATMENTS, "name");
        return RequestBodies.create("/v1/" + TREATMENTS, TREATMENTS, attributes, RequestBodies.creatable(TREATMENTS),
                Map.of("appStoreVersionExperimentV2", new Linkage(TYPE, RequestBodies.requireId(experimentId, TYPE))));
    }

    public static ApiCall updateTreatment(String treatmentId, ObjectNode attributes) {
        return RequestBodies.update("/v1/" + TREATMENTS + "/" + RequestBodies.requireId(treatmentId, TREATMENTS),
                TREATMENTS, treatmentId, attributes, RequestBodies.updatable(TREATMENTS), Map.of());
    }

    public static ApiCall deleteTreatment(String treatmentId) {
        return ApiCall.delete("/v1/" + TREATMENTS + "/" + RequestBodies.requireId(treatmentId, TREATMENTS));
    }

    /** @param treatmentId an id, or the placeholder of a treatment the same apply creates */
    public static ApiCall createLocalization(String treatmentId, String locale) {
        ObjectNode attributes = JsonNodeFactory.instance.objectNode().put("locale", locale);
        return RequestBodies.create("/v1/" + LOCALIZATIONS, LOCALIZATIONS, attributes,
                RequestBodies.creatable(LOCALIZATIONS), Map.of("appStoreVersionExperimentTreatment",
                        new Linkage(TREATMENTS, RequestBodies.requireId(treatmentId, TREATMENTS))));
    }

    public static ApiCall deleteLocalization(String localizationId) {
        return ApiCall.delete("/v1/" + LOCALIZATIONS + "/" + RequestBodies.requireId(localizationId, LOCALIZATIONS));
    }

    /** The test as an item of a review submission (the spec's {@code appStoreVersionExperimentV2} relationship). */
    public static ApiCall addToSubmission(String submissionId, String experimentId) {
        Map<String, Linkage> relationships = new LinkedHashMap<>(); // ordered: plans compare bodies
        relationships.put("appStoreVersionExperimentV2", new Linkage(TYPE, RequestBodies.requireId(experimentId, TYPE)));
        relationships.put("reviewSubmission", new Linkage("reviewSubmissions",
                RequestBodies.requireId(submissionId, "reviewSubmissions")));
        return RequestBodies.create("/v1/reviewSubmissionItems", "reviewSubmissionItems", null, Set.of(), relationships);
    }
}
