package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.List;
import java.util.stream.Stream;
import java.util.Map;

/**
 * Items of a review submission: added only while the submission is READY_FOR_REVIEW, each naming exactly one object
 * to review. A version item must be a version of the submission's app and platform, editable, in no other open
 * submission, and complete for App Review ({@link ReviewRequirements}: else 409 with Apple's
 * {@code meta.associatedErrors}); other objects are checked by their own rules and follow the submission's state: an
 * in-app event must be an event of the app that is READY_FOR_REVIEW ({@link AppEventRules#checkReviewItem}), a
 * product page optimization test is checked by {@link ExperimentRules#checkItem}.
 */
public record ReviewSubmissionItemRules(SandboxState state, ExperimentRules experiments) implements ResourceRules {
    /** The relationships naming an object to review that the sandbox serves. */
    static final List<String> REVIEWED = java.util.stream.Stream.concat(Stream.of("appStoreVersion", "appEvent",
            "appStoreVersionExperimentV2"), ReviewItems.relationships().stream()).toList();

    @Override
    public void beforeCreate(WriteRequest request) {
        StoredResource submission = state.require("reviewSubmissions", request.relationships().get("reviewSubmission").get(0));
        if (!"READY_FOR_REVIEW".equals(submission.attribute("state"))) {
            throw Errors.stateError("/data/relationships/reviewSubmission",
                    "Items can only be added to a review submission that is READY_FOR_REVIEW.");
        }
        List<String> named = REVIEWED.stream()
                .filter(r -> !request.relationships().getOrDefault(r, List.of()).isEmpty()).toList();
        if (named.size() != 1) {
            throw Errors.invalidRelationship("/data/relationships",
                    "An item needs exactly one object to review, e.g. appStoreVersion.");
        }
        if (named.get(0).equals("appEvent")) {
            AppEventRules.checkReviewItem(state, submission, request.relatedId("appEvent"));
            return;
        }
        if (named.get(0).equals("appStoreVersionExperimentV2")) {
            experiments.checkItem(submission, request.relatedId("appStoreVersionExperimentV2"));
            return;
        }
        for (ReviewItems kind : ReviewItems.ALL) {
            if (named.get(0).equals(kind.relationship())) {
                checkOther(kind, state.require(kind.type(), request.relatedId(kind.relationship())), submission);
                return;
            }
        }
        List<String> versionIds = request.relationships().get("appStoreVersion");
        StoredResource version = state.require("appStoreVersions", versionIds.get(0));
        if (!version.relatedId("app").equals(submission.relatedId("app"))
                || !version.attribute("platform").equals(submission.attribute("platform"))) {
            throw Errors.invalidRelationship("/data/relationships/appStoreVersion",
                    "The appStoreVersion does not belong to the submission's app and platform.");
        }
        if (!Editability.isEditableVersion(version)) {
            throw Errors.stateError("/data/relationships/appStoreVersion",
                    "The appStoreVersion is " + version.attribute("appVersionState") + " and cannot be added for review.");
        }
        boolean inOther = state.referencing("reviewSubmissionItems", "appStoreVersion", version.id()).stream()
                .anyMatch(i -> ReviewSubmissionRules.OPEN_STATES.contains(
                        state.require("reviewSubmissions", i.relatedId("reviewSubmission")).attribute("state"))
                        && !"REMOVED".equals(i.attribute("state")));
        if (inOther) {
            throw Errors.stateError("/data/relationships/appStoreVersion",
                    "The appStoreVersion is already part of an open review submission.");
        }
        ReviewRequirements.checkItem(state, version);
    }

    /** An object other than a version: of the submission's app, in a state it may be added in. */
    private void checkOther(ReviewItems kind, StoredResource object, StoredResource submission) {
        String pointer = "/data/relationships/" + kind.relationship();
        if (!kind.appOf().apply(state, object).equals(submission.relatedId("app"))) {
            throw Errors.invalidRelationship(pointer, "The " + kind.relationship() + " does not belong to the submission's app.");
        }
        Object objectState = object.attribute(ReviewItems.STATE);
        if (!kind.addable().contains(objectState)) {
            throw Errors.stateError(pointer, "The " + kind.relationship() + " is " + objectState
                    + " and cannot be added for review.");
        }
    }

    @Override
    public Map<String, Object> serverAttributes(WriteRequest request) {
        return Map.of("state", "READY_FOR_REVIEW");
    }

    /**
     * The submission's {@code appStoreVersionForReview} is the version its item names (asc-recorded
     * fl_reviewSubmissions_GET_single_include_items carries it next to the item).
     */
    @Override
    public void afterCreate(StoredResource item) {
        String experiment = item.relatedId("appStoreVersionExperimentV2");
        if (experiment != null) {
            ExperimentRules.followSubmission(state, experiment, "READY_FOR_REVIEW");
            return;
        }
        if (item.relatedId("appStoreVersion") == null) {
            ReviewItems.move(state, item, ReviewItems::added); // an item of another kind (a page version, an event)
            return;
        }
        StoredResource submission = state.require("reviewSubmissions", item.relatedId("reviewSubmission"));
        state.put(submission.withRelationships(Map.of("appStoreVersionForReview", item.related("appStoreVersion"))));
    }

    /** Removing the version's item leaves the submission without a version for review. */
    @Override
    public void afterDelete(StoredResource item) {
        ReviewItems.move(state, item, ReviewItems::canceled);
        String experiment = item.relatedId("appStoreVersionExperimentV2");
        if (experiment != null) {
            state.get(ExperimentRules.TYPE, experiment).filter(e -> "READY_FOR_REVIEW".equals(e.attribute("state")))
                    .ifPresent(e -> ExperimentRules.followSubmission(state, experiment, "PREPARE_FOR_SUBMISSION"));
        }
        state.get("reviewSubmissions", item.relatedId("reviewSubmission"))
                .filter(s -> s.related("appStoreVersionForReview").equals(item.related("appStoreVersion")))
                .ifPresent(s -> state.put(s.withRelationships(Map.of("appStoreVersionForReview", List.of()))));
    }
}
