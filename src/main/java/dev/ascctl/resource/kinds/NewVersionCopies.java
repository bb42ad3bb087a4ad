package dev.ascctl.resource.kinds;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.AppleDates;
import dev.ascctl.asc.Document;
import dev.ascctl.asc.Resource;
import dev.ascctl.resource.IdReference;
import dev.ascctl.resource.KnownAfterApply;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LocalizationKind;
import dev.ascctl.store.AppSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
    /** The editable app info Apple makes, as the parent of the app-info localizations. */
    static final LocaleFileText.ParentCopies<AppInfoKey> APP_INFO = (parent, app, localizationsOf) -> {
        Optional<VersionKey> created = parent.version() == null ? Optional.empty() : created(parent.version(), app);
        return copiedAppInfo(created, app).map(live -> {
            KnownAfterApply lookup = editableAppInfo(created.get(), app);
            return new LocalizationKind.Copy(lookup.token(), List.of(lookup), List.of(created.get().address()),
                    "the editable app information of version " + created.get().versionString(), Set.of(),
                    localizationsOf.apply(live));
        });
    };

    /** The version this apply creates, as the parent of the version localizations Apple copies into it. */
    static final LocaleFileText.ParentCopies<VersionKey> VERSION = new LocaleFileText.ParentCopies<>() {
        @Override
        public Optional<LocalizationKind.Copy> of(VersionKey parent, LiveApp app,
                                                  Function<Resource, List<Resource>> localizationsOf) {
            return created(parent, app).map(v -> new LocalizationKind.Copy(versionId(v), List.of(), List.of(),
                    "version " + v.versionString(), NOT_COPIED, copiedVersionLocalizations(app)));
        }

        /** The previous version's localizations, read only when the apply creates a version. */
        @Override
        public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
            return created(spec, app).flatMap(v -> previousVersion(app)).map(p -> List.of(previousLocalizations(p)))
                    .orElse(List.of());
        }
    };

    /**
     * Why whatsNew waits: Apple refuses it on an app's first version (409), which {@code wanted} is, or becomes in
     * this apply; users asked for it to be held back, not to fail.
     */
    static Optional<String> whatsNewRefusal(VersionKey wanted, LiveApp app) {
        boolean first = app.currentVersion().map(app::isFirstVersion)
                .orElseGet(() -> created(wanted, app).isPresent() && previousVersion(app).isEmpty());
        return first ? Optional.of("Apple refuses whatsNew on an app's first version; it will be sent with the next"
                + " version") : Optional.empty();
    }
}
