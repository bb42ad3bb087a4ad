package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.model.AppleTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Product page optimization tests, Apple's non-deprecated v2 experiments ({@code /v2/appStoreVersionExperiments}),
 * and where each rule comes from:
 * <ul>
 *   <li>a test is made against the app's version on the App Store (its control version): without one Apple answers
 *   409 {@code STATE_ERROR.PPO_CREATE_ONLY_ALLOWED_WITH_APP_STORE_DISTRIBUTION} [observed: asc-cli's experiments
 *   skill lists this error];</li>
 *   <li>{@code trafficProportion} is a whole percentage, 1 to 100 [assumed: the spec says only integer; asc-cli
 *   v0.18.3 takes 1-100];</li>
 *   <li>a new test is PREPARE_FOR_SUBMISSION with {@code reviewRequired}: "All metadata used in a test must first be
 *   approved for distribution on the App Store by App Review" [docs: App Store Connect Help, "Run a test"]; it is
 *   READY_FOR_REVIEW once in a review submission, WAITING_FOR_REVIEW when that is submitted, then IN_REVIEW and
 *   ACCEPTED ({@code SandboxAdmin} advances it, as Apple's review does);</li>
 *   <li>{@code started: true} before acceptance is remembered and the test starts once accepted: "If you click Start
 *   Test before submitting your metadata for review, the test status will change once the metadata is accepted by
 *   App Review" [docs: "Run a test"]; before submission (nothing for App Review to accept) it is refused;</li>
 *   <li>a started test has a {@code startDate} and is APPROVED [assumed: the spec's states have no RUNNING; asc-cli
 *   calls a test running when it has started and has not ended]; {@code started: false} stops it (STOPPED with an
 *   {@code endDate}), and "Once you stop a test, it can't be restarted" [docs: "Run a test"];</li>
 *   <li>treatments, their localizations and media change only before the test is submitted (or after a rejection):
 *   the reviewed metadata is what runs [assumed, as a version's metadata locks in review, {@link Editability}]; the
 *   traffic proportion likewise; the name may change unless the test is with App Review;</li>
 *   <li>at most three treatments per test: "test up to three alternative treatments against your original product
 *   page" [docs: Apple tech talk 110349, "Make the most of product page optimization"]; a treatment name once per
 *   test and a locale once per treatment [assumed, as localizations are];</li>
 *   <li>a treatment localization's locale is one of the control version's localizations [assumed: App Store
 *   Connect offers only the product page's own localizations];</li>
 *   <li>a running test or one with App Review cannot be deleted [assumed: App Store Connect offers only Stop
 *   then].</li>
 * </ul>
 */
public record ExperimentRules(SandboxState state) implements ResourceRules {
    public static final String TYPE = "appStoreVersionExperiments";
    public static final String TREATMENTS = "appStoreVersionExperimentTreatments";
    public static final String LOCALIZATIONS = "appStoreVersionExperimentTreatmentLocalizations";
    /** Where a start asked for before App Review accepted the test is remembered (never served). */
    static final String PENDING_STARTS = "sandboxExperimentStartRequests";
    static final Set<String> EDITABLE = Set.of("PREPARE_FOR_SUBMISSION", "READY_FOR_REVIEW", "REJECTED");
    static final Set<String> WITH_REVIEW = Set.of("WAITING_FOR_REVIEW", "IN_REVIEW");
    static final int MAX_TREATMENTS = 3;

    @Override
    public void beforeCreate(WriteRequest request) {
        requireTraffic(request.attributes().get("trafficProportion"));
        if (controlVersion(request.relatedId("app"), request.attributes().get("platform")).isEmpty()) {
            throw new ApiException(ApiError.of(409, "STATE_ERROR.PPO_CREATE_ONLY_ALLOWED_WITH_APP_STORE_DISTRIBUTION",
                    "The request cannot be fulfilled because of the state of another resource.",
                    "A product page optimization test needs a version of the app on the App Store for "
                            + request.attributes().get("platform") + ".").atPointer("/data/relationships/app"));
        }
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        return Map.of("state", "PREPARE_FOR_SUBMISSION", "reviewRequired", true);
    }

    /** The control version is the app's version on the App Store when the test was made. */
    @Override
    public void afterCreate(StoredResource created) {
        controlVersion(created.relatedId("app"), created.attribute("platform")).ifPresent(v -> state.put(
                created.withRelationships(Map.of("latestControlVersion", List.of(v.id()),
                        "controlVersions", List.of(v.id())))));
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        String current = (String) existing.attribute("state");
        if (request.has("trafficProportion")) {
            requireTraffic(request.attributes().get("trafficProportion"));
            if (!editable(existing)) {
                throw Errors.stateError("/data/attributes/trafficProportion",
                        "Attribute 'trafficProportion' cannot be edited at this time (the test is " + label(existing) + ").");
            }
        }
        if (request.has("name") && WITH_REVIEW.contains(current)) {
            throw Errors.stateError("/data/attributes/name", "Attribute 'name' cannot be edited at this time.");
        }
        Object started = request.attributes().get("started");
        if (Boolean.TRUE.equals(started)) {
            if (isFinished(existing)) {
                throw Errors.stateError("/data/attributes/started",
                        "The test is " + current + "; once stopped a test can't be restarted. Create a new test.");
            }
            if (existing.attribute("startDate") != null) {
                throw Errors.stateError("/data/attributes/started", "The test is already running.");
            }
            if (Set.of("PREPARE_FOR_SUBMISSION", "READY_FOR_REVIEW", "REJECTED").contains(current)
                    && Boolean.TRUE.equals(existing.attribute("reviewRequired"))) {
                throw Errors.stateError("/data/attributes/started", "The test's metadata must be approved by App Review"
                        + " before it can start; submit it for review (a reviewSubmissionItem with appStoreVersionExperimentV2).");
            }
        } else if (Boolean.FALSE.equals(started) && existing.attribute("startDate") == null
                && !state.get(PENDING_STARTS, existing.id()).isPresent()) {
            throw Errors.stateError("/data/attributes/started", "The test is not running.");
        }
    }

    @Override
    public Map<String, Object> serverAttributesOnUpdate(StoredResource existing, WriteRequest request) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("started", null); // an action, never stored
        Object started = request.attributes().get("started");
        if (Boolean.TRUE.equals(started)) {
            if (WITH_REVIEW.contains(existing.attribute("state"))) {
                state.put(new StoredResource(PENDING_STARTS, existing.id(), Map.of(), Map.of()));
            } else {
                out.putAll(startNow());
            }
        } else if (Boolean.FALSE.equals(started)) {
            if (state.get(PENDING_STARTS, existing.id()).isPresent() && existing.attribute("startDate") == null) {
                state.remove(PENDING_STARTS, existing.id()); // asked to start, then not: nothing ran
            } else {
                out.put("state", "STOPPED");
                out.put("endDate", AppleTime.utcMillis(Instant.now()));
            }
        }
        return out;
    }

    @Override
    public void beforeDelete(StoredResource existing) {
        if (existing.attribute("startDate") != null && !isFinished(existing)) {
            throw Errors.stateError(null, "The test is running; stop it before deleting it.");
        }
        if (WITH_REVIEW.contains(existing.attribute("state"))) {
            throw Errors.stateError(null, "The test is " + existing.attribute("state") + " and cannot be deleted.");
        }
    }

    /** A test goes with its treatments, their localizations and media [assumed: they belong to that test only]. */
    @Override
    public void afterDelete(StoredResource deleted) {
        state.remove(PENDING_STARTS, deleted.id());
        for (StoredResource treatment : state.referencing(TREATMENTS, "appStoreVersionExperimentV2", deleted.id())) {
            state.delete(TREATMENTS, treatment.id());
        }
    }

    /** Whether the test's treatments, localizations and media may change now. */
    boolean editable(StoredResource experiment) {
        return EDITABLE.contains(experiment.attribute("state")) && experiment.attribute("startDate") == null;
    }

    /** Refuses a change below the test (a treatment, a localization, a media set or asset) unless editable. */
    void requireEditable(String experimentId) {
        StoredResource experiment = state.require(TYPE, experimentId);
        if (!editable(experiment)) {
            throw Errors.stateError(null, "The test is " + label(experiment)
                    + "; its treatments can change only before it is submitted for review.");
        }
    }

    /** {@link #requireEditable} for a treatment localization (a media set's parent). */
    void requireEditableLocalization(String localizationId) {
        StoredResource localization = state.require(LOCALIZATIONS, localizationId);
        String treatment = localization.relatedId("appStoreVersionExperimentTreatment");
        requireEditable(state.require(TREATMENTS, treatment).relatedId("appStoreVersionExperimentV2"));
    }

    /** A review submission item naming the test: the test must be of the submission's app and not yet reviewed. */
    void checkItem(StoredResource submission, String experimentId) {
        StoredResource experiment = state.require(TYPE, experimentId);
        if (!experiment.relatedId("app").equals(submission.relatedId("app"))
                || !experiment.attribute("platform").equals(submission.attribute("platform"))) {
            throw Errors.invalidRelationship("/data/relationships/appStoreVersionExperimentV2",
                    "The appStoreVersionExperiment does not belong to the submission's app and platform.");
        }
        if (!Set.of("PREPARE_FOR_SUBMISSION", "REJECTED").contains(experiment.attribute("state"))) {
            throw Errors.stateError("/data/relationships/appStoreVersionExperimentV2",
                    "The appStoreVersionExperiment is " + experiment.attribute("state") + " and cannot be added for review.");
        }
        if (state.referencing(TREATMENTS, "appStoreVersionExperimentV2", experimentId).isEmpty()) {
            throw Errors.stateError("/data/relationships/appStoreVersionExperimentV2",
                    "The appStoreVersionExperiment has no treatments to review.");
        }
    }

    /** The submission holding the test changed state: the test follows it. */
    static void followSubmission(SandboxState state, String experimentId, String experimentState) {
        state.patchAttributes(TYPE, experimentId, Map.of("state", experimentState));
    }

    /**
     * One step of App Review for a test (the sandbox admin's, as Apple's review does it): WAITING_FOR_REVIEW →
     * IN_REVIEW → ACCEPTED, and a start asked for meanwhile happens then.
     */
    public static StoredResource advance(SandboxState state, String experimentId) {
        StoredResource experiment = state.require(TYPE, experimentId);
        String current = (String) experiment.attribute("state");
        return switch (current) {
            case "WAITING_FOR_REVIEW" -> state.patchAttributes(TYPE, experimentId, Map.of("state", "IN_REVIEW"));
            case "IN_REVIEW" -> accept(state, experiment);
            default -> throw Errors.stateError(null, "the test is " + current
                    + "; only WAITING_FOR_REVIEW and IN_REVIEW advance");
        };
    }

    private static StoredResource accept(SandboxState state, StoredResource experiment) {
        for (StoredResource item : state.referencing("reviewSubmissionItems", "appStoreVersionExperimentV2",
                experiment.id())) {
            if (!"REMOVED".equals(item.attribute("state"))) {
                state.patchAttributes(item.type(), item.id(), Map.of("state", "APPROVED"));
                String submission = item.relatedId("reviewSubmission");
                boolean open = state.referencing("reviewSubmissionItems", "reviewSubmission", submission).stream()
                        .anyMatch(i -> "READY_FOR_REVIEW".equals(i.attribute("state")));
                if (!open) {
                    state.patchAttributes("reviewSubmissions", submission, Map.of("state", "COMPLETE"));
                }
            }
        }
        Map<String, Object> accepted = new LinkedHashMap<>();
        accepted.put("state", "ACCEPTED");
        accepted.put("reviewRequired", false);
        if (state.get(PENDING_STARTS, experiment.id()).isPresent()) {
            state.remove(PENDING_STARTS, experiment.id());
            accepted.putAll(startNow());
        }
        return state.patchAttributes(TYPE, experiment.id(), accepted);
    }

    private static Map<String, Object> startNow() {
        return Map.of("state", "APPROVED", "startDate", AppleTime.utcMillis(Instant.now()));
    }

    private static boolean isFinished(StoredResource experiment) {
        return Set.of("STOPPED", "COMPLETED").contains(experiment.attribute("state"));
    }

    private static String label(StoredResource experiment) {
        return experiment.attribute("startDate") != null && !isFinished(experiment) ? "running"
                : String.valueOf(experiment.attribute("state"));
    }

    private static void requireTraffic(Object value) {
        if (!(value instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())
                || n.intValue() < 1 || n.intValue() > 100) {
            throw Errors.invalidAttribute("/data/attributes/trafficProportion",
                    "trafficProportion is the percentage of visitors shown a treatment, a whole number from 1 to 100.");
        }
    }

    private Optional<StoredResource> controlVersion(String appId, Object platform) {
        return AppStoreVersionRules.versionsOf(state, appId, platform).stream()
                .filter(v -> "READY_FOR_DISTRIBUTION".equals(v.attribute("appVersionState"))).findFirst();
    }

    /** Treatments: at most three per test, a name once per test, changed only while the test is editable. */
    public record Treatments(ExperimentRules experiments) implements ResourceRules {
        @Override
        public void beforeCreate(WriteRequest request) {
            String experimentId = request.relatedId("appStoreVersionExperimentV2");
            experiments.requireEditable(experimentId);
            List<StoredResource> siblings = experiments.state().referencing(TREATMENTS, "appStoreVersionExperimentV2",
                    experimentId);
            if (siblings.size() >= MAX_TREATMENTS) {
                throw Errors.stateError("/data/relationships/appStoreVersionExperimentV2",
                        "A test has at most " + MAX_TREATMENTS + " treatments.");
            }
            Object name = request.attributes().get("name");
            if (siblings.stream().anyMatch(t -> name.equals(t.attribute("name")))) {
                throw duplicate("name", "The test already has a treatment named '" + name + "'.");
            }
        }

        @Override
        public void beforeUpdate(StoredResource existing, WriteRequest request) {
            experiments.requireEditable(existing.relatedId("appStoreVersionExperimentV2"));
        }

        @Override
        public void beforeDelete(StoredResource existing) {
            experiments.requireEditable(existing.relatedId("appStoreVersionExperimentV2"));
        }
    }

    /** Treatment localizations: a locale of the control version, once per treatment, while the test is editable. */
    public record Localizations(ExperimentRules experiments) implements ResourceRules {
        @Override
        public void beforeCreate(WriteRequest request) {
            SandboxState state = experiments.state();
            String treatmentId = request.relatedId("appStoreVersionExperimentTreatment");
            StoredResource experiment = state.require(TYPE, state.require(TREATMENTS, treatmentId)
                    .relatedId("appStoreVersionExperimentV2"));
            experiments.requireEditable(experiment.id());
            Object locale = request.attributes().get("locale");
            String control = experiment.relatedId("latestControlVersion");
            boolean known = control != null && state.referencing("appStoreVersionLocalizations", "appStoreVersion",
                    control).stream().anyMatch(l -> locale.equals(l.attribute("locale")));
            if (!known) {
                throw Errors.invalidAttribute("/data/attributes/locale", "The locale '" + locale
                        + "' is not a localization of the app's product page.");
            }
            if (state.referencing(LOCALIZATIONS, "appStoreVersionExperimentTreatment", treatmentId).stream()
                    .anyMatch(l -> locale.equals(l.attribute("locale")))) {
                throw duplicate("locale", "The locale '" + locale + "' is already used by another localization of"
                        + " this treatment.");
            }
        }

        @Override
        public void beforeDelete(StoredResource existing) {
            experiments.requireEditableLocalization(existing.id());
        }
    }

    private static ApiException duplicate(String attribute, String detail) {
        return new ApiException(ApiError.of(409, "ENTITY_ERROR.ATTRIBUTE.INVALID.DUPLICATE",
                "The provided entity includes an attribute with a value that has already been used", detail)
                .atPointer("/data/attributes/" + attribute));
    }
}
