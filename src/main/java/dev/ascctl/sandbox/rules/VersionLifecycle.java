package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.Errors;
import dev.ascctl.sandbox.model.AppleTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How a version moves from submission to the App Store, as App Store Connect Help, "App and submission
 * statuses", describes it: PREPARE_FOR_SUBMISSION → WAITING_FOR_REVIEW → IN_REVIEW → approved, then by release
 * type: MANUAL waits in PENDING_DEVELOPER_RELEASE (an appStoreVersionReleaseRequest releases it), SCHEDULED waits
 * in PENDING_APPLE_RELEASE until earliestReleaseDate, AFTER_APPROVAL goes to READY_FOR_DISTRIBUTION at once.
 * Releasing starts an INACTIVE phased release (day 1), replaces the previous live version, and makes the editable
 * app info the live one ({@link AppInfoRules#release}). Apple moves a version
 * through review by itself; the sandbox does it when a test calls the admin endpoint ({@code SandboxAdmin}).
 */
public record VersionLifecycle(SandboxState state) {
    /** One step of Apple's review: waiting → in review → approved (and released, by release type). */
    public StoredResource advance(String versionId) {
        StoredResource version = state.require("appStoreVersions", versionId);
        String current = (String) version.attribute("appVersionState");
        return switch (current) {
            case "WAITING_FOR_REVIEW" -> state.setAppVersionState(versionId, "IN_REVIEW");
            case "IN_REVIEW" -> approve(version);
            case "PENDING_APPLE_RELEASE" -> release(versionId);
            default -> throw Errors.stateError(null, "version " + version.attribute("versionString") + " is " + current
                    + "; only WAITING_FOR_REVIEW, IN_REVIEW and PENDING_APPLE_RELEASE advance");
        };
    }

    /** App Review rejects the version: it becomes editable again and its submission has unresolved issues. */
    public StoredResource reject(String versionId) {
        StoredResource version = state.require("appStoreVersions", versionId);
        if (!Set.of("WAITING_FOR_REVIEW", "IN_REVIEW").contains(version.attribute("appVersionState"))) {
            throw Errors.stateError(null, "only a version in review can be rejected");
        }
        settleSubmissions(versionId, "UNRESOLVED_ISSUES", "REJECTED");
        return state.setAppVersionState(versionId, "REJECTED");
    }

    private StoredResource approve(StoredResource version) {
        settleSubmissions(version.id(), "COMPLETE", "APPROVED");
        String releaseType = String.valueOf(version.attribute("releaseType"));
        return switch (releaseType) {
            case "MANUAL" -> state.setAppVersionState(version.id(), "PENDING_DEVELOPER_RELEASE");
            case "SCHEDULED" -> isFuture(version.attribute("earliestReleaseDate"))
                    ? state.setAppVersionState(version.id(), "PENDING_APPLE_RELEASE") : release(version.id());
            default -> release(version.id());
        };
    }

    /** The version goes live: the previous live version is replaced and a phased release starts on day 1. */
    public StoredResource release(String versionId) {
        StoredResource version = state.require("appStoreVersions", versionId);
        for (StoredResource other : AppStoreVersionRules.versionsOf(state, version.relatedId("app"),
                version.attribute("platform"))) {
            if (!other.id().equals(versionId) && "READY_FOR_DISTRIBUTION".equals(other.attribute("appVersionState"))) {
                state.setAppVersionState(other.id(), "REPLACED_WITH_NEW_VERSION");
            }
        }
        for (StoredResource phased : state.referencing("appStoreVersionPhasedReleases", "appStoreVersion", versionId)) {
            if ("INACTIVE".equals(phased.attribute("phasedReleaseState"))) {
                Map<String, Object> started = new LinkedHashMap<>();
                started.put("phasedReleaseState", "ACTIVE");
                started.put("startDate", AppleTime.utcNoColon(Instant.now()));
                started.put("currentDayNumber", 1);
                started.put("totalPauseDuration", 0);
                state.patchAttributes(phased.type(), phased.id(), started);
            }
        }
        AppInfoRules.release(state, version.relatedId("app"));
        return state.setAppVersionState(versionId, "READY_FOR_DISTRIBUTION");
    }

    /** Moves the submissions that hold this version, and their items, to their final states. */
    void settleSubmissions(String versionId, String submissionState, String itemState) {
        for (StoredResource item : state.referencing("reviewSubmissionItems", "appStoreVersion", versionId)) {
            if (!"REMOVED".equals(item.attribute("state"))) {
                state.patchAttributes(item.type(), item.id(), Map.of("state", itemState));
                String submissionId = item.relatedId("reviewSubmission");
                state.patchAttributes("reviewSubmissions", submissionId, Map.of("state", submissionState));
            }
        }
    }

    private static boolean isFuture(Object date) {
        if (!(date instanceof String text)) {
            return false;
        }
        try {
            return OffsetDateTime.parse(text).toInstant().isAfter(Instant.now());
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
