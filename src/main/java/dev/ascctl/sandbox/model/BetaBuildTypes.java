package dev.ascctl.sandbox.model;

import static dev.ascctl.sandbox.model.Access.CREATE_AND_UPDATE;
import static dev.ascctl.sandbox.model.Access.CREATE_ONLY;
import static dev.ascctl.sandbox.model.Access.READ_ONLY;
import static dev.ascctl.sandbox.model.Operation.CREATE;
import static dev.ascctl.sandbox.model.Operation.DELETE;
import static dev.ascctl.sandbox.model.Operation.GET_COLLECTION;
import static dev.ascctl.sandbox.model.Operation.GET_INSTANCE;
import static dev.ascctl.sandbox.model.Operation.UPDATE;

import java.util.List;
import java.util.Set;

/**
 * The TestFlight side of a build, from Apple's spec 4.4.1: {@code BetaBuildLocalization} ("What to Test" per
 * locale; create with {@code locale*} and {@code build*}, PATCH {@code whatsNew}, DELETE) and
 * {@code BetaAppReviewSubmission} (create with {@code build*} only; no PATCH, no DELETE; its collection needs
 * {@code filter[build]}, which the sandbox enforces in its rules).
 */
final class BetaBuildTypes {
    static final Set<String> BETA_REVIEW_STATES = Set.of("WAITING_FOR_REVIEW", "IN_REVIEW", "REJECTED", "APPROVED");

    private BetaBuildTypes() {
    }

    static List<ResourceSpec> all() {
        return List.of(betaBuildLocalizations(), betaAppReviewSubmissions());
    }

    static ResourceSpec betaBuildLocalizations() {
        return ResourceSpec.of("betaBuildLocalizations", List.of(
                new AttributeSpec("whatsNew", AttributeKind.STRING, Set.of(), CREATE_AND_UPDATE, false),
                new AttributeSpec("locale", AttributeKind.STRING, Set.of(), CREATE_ONLY, true)), List.of(
                new RelationshipSpec("build", "builds", false, RelationshipShape.LINKS_AND_DATA, null, CREATE_ONLY,
                        true, Set.of())),
                Set.of(CREATE, GET_COLLECTION, GET_INSTANCE, UPDATE, DELETE), Set.of("locale", "build"), Set.of());
    }

    static ResourceSpec betaAppReviewSubmissions() {
        return ResourceSpec.of("betaAppReviewSubmissions", List.of(
                new AttributeSpec("betaReviewState", AttributeKind.ENUM, BETA_REVIEW_STATES, READ_ONLY, false),
                new AttributeSpec("submittedDate", AttributeKind.DATE_TIME, Set.of(), READ_ONLY, false)), List.of(
                new RelationshipSpec("build", "builds", false, RelationshipShape.LINKS_AND_DATA, null, CREATE_ONLY,
                        true, Set.of())),
                Set.of(CREATE, GET_COLLECTION, GET_INSTANCE), Set.of("build", "betaReviewState"), Set.of());
    }
}
