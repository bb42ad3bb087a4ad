package dev.ascctl.resource.kinds;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AppleDates;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KnownAfterApply;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.store.AppSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What App Store Connect copies when this apply creates the store's version (DESIGN principle 8), so that the kinds
 * compare the store with those copies and write to them in the same apply, by ids known after apply:
 * <ul>
 *   <li>the localizations of the platform's previous version into the new one, without {@code whatsNew} and
 *   {@code promotionalText} (App Store Connect Help, "Create a new version": the new version starts with the previous
 *   version's metadata, and "What's New" is written per version; promotional text is not carried over, as observed
 *   in zodl-inc/zodl-ios PR #1964; the sandbox's {@code AppStoreVersionRules.afterCreate});</li>
 *   <li>when the app information is live, an editable copy of it in PREPARE_FOR_SUBMISSION with its categories and
 *   localizations (recorded {@code fl_appInfos_GET_list_for_app}: a live and an editable app info side by side; the
 *   sandbox's {@code AppInfoRules.editableCopy}).</li>
 * </ul>
 */
final class NewVersionCopies {
    /** The version attributes Apple does not copy into a new version. */
    static final Set<String> NOT_COPIED = Set.of("whatsNew", "promotionalText");
    /** The state of the editable app info Apple makes (the recorded one). */
    static final String EDITABLE_APP_INFO_STATE = "PREPARE_FOR_SUBMISSION";

    private NewVersionCopies() {
    }

    /**
     * The version this apply creates: the store's, when Apple has none being prepared for the platform and its
     * version string is unused ({@link VersionHandler#createRefusal} is empty then and the plan creates it).
     */
    static Optional<VersionKey> created(VersionKey wanted, LiveApp app) {
        return app.currentVersion().isEmpty() && VersionHandler.liveRefusal(wanted, app).isEmpty()
                ? Optional.of(wanted) : Optional.empty();
    }

    /** The same, for the store's app. */
    static Optional<VersionKey> created(AppSpec spec, LiveApp app) {
        return VersionHandler.hasVersion(spec) ? created(VersionHandler.key(spec), app) : Optional.empty();
    }

    /** The placeholder of the new version's id in the calls of the same apply. */
    static String versionId(VersionKey created) {
        return IdReference.token(created.address());
    }

    /** The version Apple copies the new one's localizations from: the platform's newest. */
    static Optional<Resource> previousVersion(LiveApp app) {
        return app.allVersions().stream().filter(v -> app.platform().equals(LiveApp.text(v, "platform")))
                .max(AppleDates.byInstant(v -> LiveApp.text(v, "createdDate")));
    }

    /** The read of the previous version's localizations (only when the apply creates a version). */
    static ApiQuery previousLocalizations(Resource previous) {
        return ApiQuery.of("/v1/appStoreVersions/" + previous.id() + "/appStoreVersionLocalizations").limit(200);
    }

    /** The localizations Apple copies into the version this apply creates, as read; empty before the read. */
    static List<Resource> copiedVersionLocalizations(LiveApp app) {
        return previousVersion(app).flatMap(p -> app.read(previousLocalizations(p))).map(Document::data)
                .orElse(List.of());
    }

    /**
     * The live app info Apple copies into an editable one in this apply: when it creates {@code created} and the app
     * has no app info that takes edits.
     */
    static Optional<Resource> copiedAppInfo(Optional<VersionKey> created, LiveApp app) {
        if (created.isEmpty()) {
            return Optional.empty();
        }
        return app.editableAppInfo().filter(info -> !LiveApp.isEditableAppInfo(info));
    }

    /** Finds the editable app info Apple makes for {@code created}, once the version exists. */
    static KnownAfterApply editableAppInfo(VersionKey created, LiveApp app) {
        return KnownAfterApply.idOf("appInfo.id", "the editable app information App Store Connect makes with version "
                + created.versionString(), ApiQuery.of("/v1/apps/" + app.app().id() + "/appInfos"), "state",
                EDITABLE_APP_INFO_STATE, KnownAfterApply.Match.TEXT);
    }
}
