package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.SandboxState;
import java.util.Map;

/** Apple's rules per resource type; types without special rules get the accepting default. */
public final class AppleRules {
    private static final ResourceRules NONE = new ResourceRules() {
    };
    private final Map<String, ResourceRules> byType;

    public AppleRules(SandboxState state) {
        Editability editability = new Editability(state);
        AppInfoRules appInfos = new AppInfoRules(state, editability);
        LocalizationRules infoLocalizations = new LocalizationRules(state, "appInfoLocalizations", "appInfo",
                editability::requireEditableAppInfo, id -> state.require("appInfos", id).relatedId("app"));
        LocalizationRules versionLocalizations = new LocalizationRules(state, "appStoreVersionLocalizations",
                "appStoreVersion", editability::requireEditableVersion,
                id -> state.require("appStoreVersions", id).relatedId("app"));
        VersionLifecycle lifecycle = new VersionLifecycle(state);
        this.byType = Map.of(
                "appInfos", appInfos,
                "ageRatingDeclarations", appInfos.ageRatingRules(),
                "appInfoLocalizations", infoLocalizations,
                "appStoreVersions", new AppStoreVersionRules(state, editability),
                "appStoreVersionLocalizations", new WhatsNewRule(state, versionLocalizations),
                "appStoreReviewDetails", new ReviewDetailRules(state, editability),
                "appStoreVersionPhasedReleases", new PhasedReleaseRules(state),
                "reviewSubmissions", new ReviewSubmissionRules(state),
                "reviewSubmissionItems", new ReviewSubmissionItemRules(state),
                "appStoreVersionReleaseRequests", new ReleaseRequestRules(state, lifecycle));
    }

    public ResourceRules forType(String type) {
        return byType.getOrDefault(type, NONE);
    }
}
