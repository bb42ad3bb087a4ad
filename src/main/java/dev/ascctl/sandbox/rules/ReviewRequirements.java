package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.ApiError;
import dev.ascctl.sandbox.jsonapi.ApiException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What App Review checks when a version is added to a review submission and again when the submission is
 * submitted, answered as Apple does: 409 with {@code meta.associatedErrors}, the nested errors keyed by the path of
 * the object they are about. Shapes from the two recorded refusals in {@code ../shared/asc-recorded/}:
 * {@code cm_error_409_STATE_ERROR_ENTITY_STATE_INVALID_associatedErrors.json} (adding the version: the outer code is
 * {@code STATE_ERROR.ENTITY_STATE_INVALID}, one {@code ENTITY_ERROR.ATTRIBUTE.REQUIRED} per missing localization
 * field) and {@code fl_error_409_STATE_ERROR_submit_for_review_associatedErrors.json} (submitting: outer
 * {@code STATE_ERROR}, {@code STATE_ERROR.SCREENSHOT_REQUIRED.<type>} under {@code /v1/appScreenshots/} with no id
 * and no detail, and the build's {@code usesNonExemptEncryption}).
 *
 * <p>Checked: description, keywords and support URL of every version localization, What's New on every version
 * but an app's first (App Store Connect Help, "Required, localizable and editable properties"); a screenshot set of
 * the platform's required display type for the primary locale ("Screenshot specifications"; other locales fall
 * back to it); the attached build's export compliance answer; the app's price and availability. The client's readiness check
 * ({@code resource.kinds.release.Readiness}) checks the same and more (review contact, age rating, ...), which the
 * sandbox leaves to the client: no recording shows how Apple reports them.
 */
final class ReviewRequirements {
    /** Any one of a platform's display types satisfies it (as the client's Readiness). */
    private static final Map<String, List<String>> REQUIRED_SCREENSHOTS = Map.of(
            "IOS", List.of("APP_IPHONE_67", "APP_IPHONE_65"),
            "MAC_OS", List.of("APP_DESKTOP"),
            "TV_OS", List.of("APP_APPLE_TV"),
            "VISION_OS", List.of("APP_APPLE_VISION_PRO"));
    private static final List<String> LOCALIZATION_FIELDS = List.of("description", "keywords", "supportUrl");

    private ReviewRequirements() {
    }

    /** The refusal of adding {@code version} to a submission, when App Review would not accept it. */
    static void checkItem(SandboxState state, StoredResource version) {
        Map<String, List<ApiError>> problems = problems(state, version);
        if (!problems.isEmpty()) {
            throw new ApiException(ApiError.of(409, "STATE_ERROR.ENTITY_STATE_INVALID",
                    "appStoreVersions with id '" + version.id() + "' is not in valid state.",
                    "This resource cannot be reviewed, please check associated errors to see why.")
                    .withAssociatedErrors(problems));
        }
    }

    /** The refusal of {@code submitted: true}, when a version in the submission is not (or no longer) complete. */
    static void checkSubmit(SandboxState state, List<StoredResource> versions) {
        Map<String, List<ApiError>> problems = new LinkedHashMap<>();
        versions.forEach(v -> problems(state, v).forEach((path, errors) ->
                problems.computeIfAbsent(path, k -> new ArrayList<>()).addAll(errors)));
        if (!problems.isEmpty()) {
            throw submitRefused(problems);
        }
    }

    /** Apple's refusal of {@code submitted: true}: the reasons by the path of the object each is about. */
    static ApiException submitRefused(Map<String, List<ApiError>> problems) {
        return new ApiException(ApiError.of(409, "STATE_ERROR",
                "The request cannot be fulfilled because of the state of another resource.",
                "Submit for review errors found.").withAssociatedErrors(problems));
    }

    static Map<String, List<ApiError>> problems(SandboxState state, StoredResource version) {
        Map<String, List<ApiError>> out = new LinkedHashMap<>();
        String appId = version.relatedId("app");
        Object platform = version.attribute("platform");
        boolean first = AppStoreVersionRules.versionsOf(state, appId, platform).size() == 1;
        List<StoredResource> localizations = state.referencing("appStoreVersionLocalizations", "appStoreVersion",
                version.id());
        for (StoredResource localization : localizations) {
            List<ApiError> missing = new ArrayList<>();
            for (String field : LOCALIZATION_FIELDS) {
                if (blank(localization.attribute(field))) {
                    missing.add(required(field));
                }
            }
            if (!first && blank(localization.attribute("whatsNew"))) {
                missing.add(required("whatsNew"));
            }
            if (!missing.isEmpty()) {
                out.put("/v1/appStoreVersionLocalizations/" + localization.id(), missing);
            }
        }
        Object primaryLocale = state.require("apps", appId).attribute("primaryLocale");
        List<String> required = REQUIRED_SCREENSHOTS.getOrDefault(String.valueOf(platform), List.of());
        List<Object> present = localizations.stream().filter(l -> l.attribute("locale").equals(primaryLocale))
                .flatMap(l -> state.referencing("appScreenshotSets", "appStoreVersionLocalization", l.id()).stream())
                .map(s -> s.attribute("screenshotDisplayType")).toList();
        if (!required.isEmpty() && required.stream().noneMatch(present::contains)) {
            // Recorded: one entry per missing screenshot, under a path with no id, without detail.
            out.put("/v1/appScreenshots/", List.of(new ApiError(409, "STATE_ERROR.SCREENSHOT_REQUIRED." + required.get(0),
                    "App screenshot missing (" + required.get(0) + ").", null, null, null)));
        }
        // Apple will not submit an app without a price and availability (App Store Connect Help, "Submit an app");
        // no recording shows the entries, so they take the screenshot entry's form: a path with no id, no detail.
        if (!AppPriceScheduleRules.priced(state, appId)) {
            out.put("/v1/appPriceSchedules/", List.of(new ApiError(409, "STATE_ERROR.APP_PRICE_REQUIRED",
                    "The app has no price.", null, null, null)));
        }
        if (!AppAvailabilityRules.available(state, appId)) {
            out.put("/v2/appAvailabilities/", List.of(new ApiError(409, "STATE_ERROR.APP_AVAILABILITY_REQUIRED",
                    "The app is not available in any territory.", null, null, null)));
        }
        String buildId = version.relatedId("build");
        if (buildId != null && state.require("builds", buildId).attribute("usesNonExemptEncryption") == null) {
            out.put("/v1/builds/" + buildId, List.of(required("usesNonExemptEncryption")));
        }
        return out;
    }

    private static ApiError required(String attribute) {
        return new ApiError(409, "ENTITY_ERROR.ATTRIBUTE.REQUIRED", "The provided entity is missing a required attribute",
                "You must provide a value for the attribute '" + attribute + "' with this request",
                "/data/attributes/" + attribute, null);
    }

    private static boolean blank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
