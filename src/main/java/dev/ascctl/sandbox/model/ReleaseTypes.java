package dev.ascctl.sandbox.model;

import static dev.ascctl.sandbox.model.Access.CREATE_AND_UPDATE;
import static dev.ascctl.sandbox.model.Access.CREATE_ONLY;
import static dev.ascctl.sandbox.model.Access.READ_ONLY;
import static dev.ascctl.sandbox.model.Access.UPDATE_ACTION;
import static dev.ascctl.sandbox.model.Operation.CREATE;
import static dev.ascctl.sandbox.model.Operation.DELETE;
import static dev.ascctl.sandbox.model.Operation.GET_COLLECTION;
import static dev.ascctl.sandbox.model.Operation.GET_INSTANCE;
import static dev.ascctl.sandbox.model.Operation.UPDATE;

import java.util.List;
import java.util.Set;

/**
 * The release workflow's resource types, from Apple's spec 4.4.1 ({@code Build}, {@code PrereleaseVersion},
 * {@code AppStoreVersionPhasedRelease}, {@code ReviewSubmission}, {@code ReviewSubmissionItem},
 * {@code AppStoreVersionReleaseRequest}, and the part of {@code AppScreenshotSet} the readiness check reads).
 * Kept apart from {@link ResourceCatalog} so the release types read as one piece.
 */
final class ReleaseTypes {
    static final Set<String> PROCESSING_STATES = Set.of("PROCESSING", "FAILED", "INVALID", "VALID");
    static final Set<String> PHASED_RELEASE_STATES = Set.of("INACTIVE", "ACTIVE", "PAUSED", "COMPLETE");
    static final Set<String> REVIEW_SUBMISSION_STATES = Set.of("READY_FOR_REVIEW", "WAITING_FOR_REVIEW", "IN_REVIEW",
            "UNRESOLVED_ISSUES", "CANCELING", "COMPLETING", "COMPLETE");
    static final Set<String> ITEM_STATES = Set.of("READY_FOR_REVIEW", "ACCEPTED", "APPROVED", "REJECTED", "REMOVED");

    private ReleaseTypes() {
    }

    static List<ResourceSpec> all() {
        return List.of(builds(), preReleaseVersions(), phasedReleases(), reviewSubmissions(), reviewSubmissionItems(),
                releaseRequests(), appScreenshotSets());
    }

    /** Builds are uploaded by Xcode or Transporter, never created through this API: read-only here. */
    static ResourceSpec builds() {
        return ResourceSpec.of("builds", List.of(
                attr("version", AttributeKind.STRING, READ_ONLY),
                attr("uploadedDate", AttributeKind.DATE_TIME, READ_ONLY),
                attr("expirationDate", AttributeKind.DATE_TIME, READ_ONLY),
                attr("expired", AttributeKind.BOOLEAN, READ_ONLY),
                attr("minOsVersion", AttributeKind.STRING, READ_ONLY),
                new AttributeSpec("processingState", AttributeKind.ENUM, PROCESSING_STATES, READ_ONLY, false),
                new AttributeSpec("buildAudienceType", AttributeKind.ENUM, Set.of("INTERNAL_ONLY", "APP_STORE_ELIGIBLE"),
                        READ_ONLY, false),
                attr("usesNonExemptEncryption", AttributeKind.BOOLEAN, READ_ONLY)), List.of(
                owned("preReleaseVersion", "preReleaseVersions", RelationshipShape.LINKS_AND_DATA, READ_ONLY, false),
                owned("app", "apps", RelationshipShape.LINKS_AND_DATA, READ_ONLY, false),
                // The beta side (TestFlight): groups are linked through /v1/betaGroups/{id}/relationships/builds;
                // Apple has no /v1/builds/{id}/betaGroups path, so the relationship shows data only when included.
                new RelationshipSpec("betaGroups", "betaGroups", true, RelationshipShape.DATA_ONLY, null, READ_ONLY,
                        false, Set.of()),
                new RelationshipSpec("betaBuildLocalizations", "betaBuildLocalizations", true,
                        RelationshipShape.LINKS_AND_DATA, "build", READ_ONLY, false, Set.of()),
                new RelationshipSpec("betaAppReviewSubmission", "betaAppReviewSubmissions", false,
                        RelationshipShape.LINKS_AND_DATA, "build", READ_ONLY, false, Set.of())),
                Set.of(GET_COLLECTION, GET_INSTANCE),
                Set.of("version", "expired", "processingState", "app", "preReleaseVersion.platform",
                        "preReleaseVersion.version", "id", "betaGroups"),
                Set.of("version", "-version", "uploadedDate", "-uploadedDate"));
    }

    /** The marketing version (CFBundleShortVersionString) and platform a build belongs to. */
    static ResourceSpec preReleaseVersions() {
        return ResourceSpec.of("preReleaseVersions", List.of(
                attr("version", AttributeKind.STRING, READ_ONLY),
                new AttributeSpec("platform", AttributeKind.ENUM, ResourceCatalog.PLATFORMS, READ_ONLY, false)), List.of(
                new RelationshipSpec("builds", "builds", true, RelationshipShape.LINKS_AND_DATA, "preReleaseVersion",
                        READ_ONLY, false, Set.of()),
                owned("app", "apps", RelationshipShape.LINKS_AND_DATA, READ_ONLY, false)),
                Set.of(GET_INSTANCE), Set.of(), Set.of());
    }

    /** No GET by id in Apple's spec: read through {@code /v1/appStoreVersions/{id}/appStoreVersionPhasedRelease}. */
    static ResourceSpec phasedReleases() {
        return ResourceSpec.of("appStoreVersionPhasedReleases", List.of(
                new AttributeSpec("phasedReleaseState", AttributeKind.ENUM, PHASED_RELEASE_STATES, CREATE_AND_UPDATE, false),
                attr("startDate", AttributeKind.DATE_TIME, READ_ONLY),
                attr("totalPauseDuration", AttributeKind.INTEGER, READ_ONLY),
                attr("currentDayNumber", AttributeKind.INTEGER, READ_ONLY)), List.of(
                owned("appStoreVersion", "appStoreVersions", RelationshipShape.WRITE_ONLY, CREATE_ONLY, true)),
                Set.of(CREATE, UPDATE, DELETE), Set.of(), Set.of());
    }

    static ResourceSpec reviewSubmissions() {
        return ResourceSpec.of("reviewSubmissions", List.of(
                new AttributeSpec("platform", AttributeKind.ENUM, ResourceCatalog.PLATFORMS, CREATE_AND_UPDATE, false),
                attr("submittedDate", AttributeKind.DATE_TIME, READ_ONLY),
                new AttributeSpec("state", AttributeKind.ENUM, REVIEW_SUBMISSION_STATES, READ_ONLY, false),
                attr("submitted", AttributeKind.BOOLEAN, UPDATE_ACTION),
                attr("canceled", AttributeKind.BOOLEAN, UPDATE_ACTION)), List.of(
                owned("app", "apps", RelationshipShape.DATA_ONLY, CREATE_ONLY, true),
                new RelationshipSpec("items", "reviewSubmissionItems", true, RelationshipShape.LINKS_AND_DATA,
                        "reviewSubmission", READ_ONLY, false, Set.of()),
                owned("appStoreVersionForReview", "appStoreVersions", RelationshipShape.DATA_ONLY, READ_ONLY, false)),
                Set.of(GET_COLLECTION, CREATE, GET_INSTANCE, UPDATE), Set.of("app", "platform", "state"), Set.of());
    }

    static ResourceSpec reviewSubmissionItems() {
        return ResourceSpec.of("reviewSubmissionItems", List.of(
                new AttributeSpec("state", AttributeKind.ENUM, ITEM_STATES, READ_ONLY, false)), List.of(
                owned("reviewSubmission", "reviewSubmissions", RelationshipShape.WRITE_ONLY, CREATE_ONLY, true),
                owned("appStoreVersion", "appStoreVersions", RelationshipShape.DATA_ONLY, CREATE_ONLY, false)),
                Set.of(CREATE, DELETE), Set.of(), Set.of());
    }

    /** "Release this version now" for a version waiting for developer release; create-only. */
    static ResourceSpec releaseRequests() {
        return ResourceSpec.of("appStoreVersionReleaseRequests", List.of(), List.of(
                owned("appStoreVersion", "appStoreVersions", RelationshipShape.WRITE_ONLY, CREATE_ONLY, true)),
                Set.of(CREATE), Set.of(), Set.of());
    }

    /**
     * Only what the readiness check reads (the display types that have a set). The media workflow owns this
     * type in full; {@link ResourceCatalog} lets a fuller definition win.
     */
    static ResourceSpec appScreenshotSets() {
        return ResourceSpec.of("appScreenshotSets", List.of(
                attr("screenshotDisplayType", AttributeKind.STRING, CREATE_ONLY)), List.of(
                owned("appStoreVersionLocalization", "appStoreVersionLocalizations", RelationshipShape.WRITE_ONLY,
                        CREATE_ONLY, false)),
                Set.of(), Set.of(), Set.of());
    }

    private static AttributeSpec attr(String name, AttributeKind kind, Access access) {
        return new AttributeSpec(name, kind, Set.of(), access, false);
    }

    private static RelationshipSpec owned(String name, String target, RelationshipShape shape, Access access,
                                          boolean required) {
        return new RelationshipSpec(name, target, false, shape, null, access, required, Set.of());
    }
}
