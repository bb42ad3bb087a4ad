package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import dev.ascctl.sandbox.model.AppleTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Review submissions (Apple's "Submitting for review" flow, asc-api-notes): one open submission per app and
 * platform; {@code submitted: true} needs at least one item, a build on every version item and complete content
 * ({@link ReviewRequirements}: else 409 with Apple's {@code meta.associatedErrors}), and moves the
 * submission to WAITING_FOR_REVIEW with its versions; {@code canceled: true} withdraws it (CANCELING) and the
 * versions become editable again as DEVELOPER_REJECTED ("Developer Removed from Review").
 */
public record ReviewSubmissionRules(SandboxState state) implements ResourceRules {
    static final Set<String> OPEN_STATES = Set.of("READY_FOR_REVIEW", "WAITING_FOR_REVIEW", "IN_REVIEW",
            "UNRESOLVED_ISSUES");

    @Override
    public void beforeCreate(WriteRequest request) {
        String appId = request.relationships().get("app").get(0);
        Object platform = request.attributes().getOrDefault("platform", "IOS");
        boolean open = state.referencing("reviewSubmissions", "app", appId).stream()
                .anyMatch(s -> platform.equals(s.attribute("platform")) && OPEN_STATES.contains(s.attribute("state")));
        if (open) {
            throw Errors.stateError("/data/relationships/app",
                    "There is already an open review submission for " + platform + "; add items to it or cancel it.");
        }
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("state", "READY_FOR_REVIEW");
        if (request.attributes().get("platform") == null) {
            a.put("platform", "IOS");
        }
        return a;
    }

    @Override
    public void beforeUpdate(StoredResource existing, WriteRequest request) {
        if (Boolean.TRUE.equals(request.attributes().get("submitted"))) {
            if (!"READY_FOR_REVIEW".equals(existing.attribute("state"))) {
                throw Errors.stateError("/data/attributes/submitted",
                        "The review submission is " + existing.attribute("state") + " and cannot be submitted.");
            }
            List<StoredResource> items = items(existing);
            if (items.isEmpty()) {
                // Apple's submit refusals are "Submit for review errors found." with the reasons under
                // meta.associatedErrors (fl_error_409_STATE_ERROR_submit_for_review_associatedErrors); an empty
                // submission is reported the same way, the reason keyed by the submission's own path.
                throw ReviewRequirements.submitRefused(Map.of("/v1/reviewSubmissions/" + existing.id(), List.of(
                        new ApiError(409, "STATE_ERROR", "The review submission has no items to submit.", null, null,
                                null))));
            }
            for (StoredResource item : items) {
                String versionId = item.relatedId("appStoreVersion");
                if (versionId != null && state.require("appStoreVersions", versionId).related("build").isEmpty()) {
                    throw Errors.stateError("/data/attributes/submitted",
                            "The appStoreVersion " + versionId + " has no build. Attach a build before submitting.");
                }
            }
            // Checked again at submit: the content may have changed since the version was added.
            ReviewRequirements.checkSubmit(state, items.stream().map(i -> i.relatedId("appStoreVersion"))
                    .filter(java.util.Objects::nonNull).map(id -> state.require("appStoreVersions", id)).toList());
        }
        if (Boolean.TRUE.equals(request.attributes().get("canceled"))
                && !OPEN_STATES.contains(existing.attribute("state"))) {
            throw Errors.stateError("/data/attributes/canceled",
                    "The review submission is " + existing.attribute("state") + " and cannot be canceled.");
        }
    }

    @Override
    public Map<String, Object> serverAttributesOnUpdate(StoredResource existing, WriteRequest request) {
        Map<String, Object> a = new LinkedHashMap<>();
        // The action flags are not state; they are never stored.
        a.put("submitted", null);
        a.put("canceled", null);
        if (Boolean.TRUE.equals(request.attributes().get("submitted"))) {
            a.put("state", "WAITING_FOR_REVIEW");
            a.put("submittedDate", AppleTime.utcMillis(Instant.now()));
            forEachVersion(existing, id -> state.setAppVersionState(id, "WAITING_FOR_REVIEW"));
            forEachEvent(existing, id -> AppEventRules.submitted(state, id, true));
            forEachExperiment(existing, id -> ExperimentRules.followSubmission(state, id, "WAITING_FOR_REVIEW"));
            items(existing).forEach(i -> ReviewItems.move(state, i, ReviewItems::submitted));
        } else if (Boolean.TRUE.equals(request.attributes().get("canceled"))) {
            a.put("state", "CANCELING");
            forEachVersion(existing, id -> state.setAppVersionState(id, "DEVELOPER_REJECTED"));
            forEachEvent(existing, id -> AppEventRules.submitted(state, id, false));
            forEachExperiment(existing, id -> ExperimentRules.followSubmission(state, id, "PREPARE_FOR_SUBMISSION"));
            items(existing).forEach(i -> ReviewItems.move(state, i, ReviewItems::canceled));
            items(existing).forEach(i -> state.patchAttributes(i.type(), i.id(), Map.of("state", "REMOVED")));
        }
        return a;
    }

    private List<StoredResource> items(StoredResource submission) {
        return state.referencing("reviewSubmissionItems", "reviewSubmission", submission.id());
    }

    /** The product page optimization tests the submission holds: they follow its state (ExperimentRules). */
    private void forEachExperiment(StoredResource submission, java.util.function.Consumer<String> action) {
        items(submission).stream().map(i -> i.relatedId("appStoreVersionExperimentV2"))
                .filter(java.util.Objects::nonNull).forEach(action);
    }

    private void forEachVersion(StoredResource submission, java.util.function.Consumer<String> action) {
        items(submission).stream().map(i -> i.relatedId("appStoreVersion")).filter(java.util.Objects::nonNull)
                .forEach(action);
    }

    /** The in-app events the submission's items name. */
    private void forEachEvent(StoredResource submission, java.util.function.Consumer<String> action) {
        items(submission).stream().map(i -> i.relatedId("appEvent")).filter(java.util.Objects::nonNull)
                .forEach(action);
    }
}
