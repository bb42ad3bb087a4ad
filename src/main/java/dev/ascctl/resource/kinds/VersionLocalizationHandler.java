package dev.ascctl.resource.kinds;

import static dev.ascctl.resource.AttributeSpec.of;

import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.CreateAppStoreVersionLocalization;
import dev.ascctl.asc.endpoint.DeleteAppStoreVersionLocalization;
import dev.ascctl.asc.endpoint.UpdateAppStoreVersionLocalization;
import dev.ascctl.resource.BaseInclude.BaseRead;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.LocaleSpec;
import dev.ascctl.store.TextLimits;
import java.util.List;
import java.util.Optional;

/**
 * The version-level text of one locale (appStoreVersionLocalization) in locales/&lt;locale&gt;.yaml. When the apply
 * creates the store's version, Apple copies the previous version's localizations into it ({@link NewVersionCopies}):
 * the text is compared with those copies and a copied locale is changed by PATCH once the version exists (never
 * created twice), a new locale created under the new version, in the same apply. Limits: App Store Connect Help,
 * "Platform version information" (the spec declares no maxLength).
 */
public final class VersionLocalizationHandler extends LocaleFileText<VersionKey, LocaleKey<VersionKey>> {

    public VersionLocalizationHandler() {
        super(new KindSpec("appStoreVersionLocalization", 4, "locales"), new Api("/v1/appStoreVersions",
                "appStoreVersionLocalizations", List.of(of("description").limit(4000), of("keywords").asCommaList()
                .limit(100), of("promotionalText").limit(170), of("whatsNew").limit(4000), of("marketingUrl"),
                of("supportUrl")), CreateAppStoreVersionLocalization::of,
                UpdateAppStoreVersionLocalization::of, DeleteAppStoreVersionLocalization::of)
                .textAt(TextLimits.Place.LOCALE_VERSION),
                LocaleKey::new, LocaleSpec::version, BaseRead.VERSIONS);
    }

    @Override
    Optional<VersionKey> parentKey(AppSpec app) {
        return VersionHandler.hasVersion(app) ? Optional.of(VersionHandler.key(app)) : Optional.empty();
    }

    @Override
    Optional<Resource> parent(LiveApp app) {
        return app.currentVersion();
    }

    @Override
    String blockedReason(Resource version) {
        return VersionHandler.blockedReason(version);
    }

    /** The version this apply creates, with the localizations Apple copies into it. */
    @Override
    protected Optional<Copy> copyOf(VersionKey parent, LiveApp app) {
        return NewVersionCopies.created(parent, app).map(created -> new Copy(NewVersionCopies.versionId(created),
                List.of(), List.of(), "version " + created.versionString(), NewVersionCopies.NOT_COPIED,
                NewVersionCopies.copiedVersionLocalizations(app)));
    }

    /** The localizations of the version Apple copies from, only when the apply creates a version. */
    @Override
    public List<ApiQuery> reads(LiveApp app, AppSpec spec) {
        return NewVersionCopies.created(spec, app).flatMap(v -> NewVersionCopies.previousVersion(app))
                .map(previous -> List.of(NewVersionCopies.previousLocalizations(previous))).orElse(List.of());
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<LocaleKey<VersionKey>> desired, LiveApp app) {
        return copyOf(desired.key().parent(), app).isPresent() ? Optional.empty() : VersionHandler.childCreateRefusal(app);
    }

    @Override
    public Optional<String> attributeRefusal(String attribute, DesiredObject<LocaleKey<VersionKey>> desired, LiveApp app) {
        // Apple refuses whatsNew on an app's first version (409); users asked for it to be handled, not to fail.
        boolean first = app.currentVersion().map(app::isFirstVersion).orElseGet(() -> copyOf(desired.key().parent(),
                app).isPresent() && NewVersionCopies.previousVersion(app).isEmpty());
        return attribute.equals("whatsNew") && first
                ? Optional.of("Apple refuses whatsNew on an app's first version; it will be sent with the next version")
                : Optional.empty();
    }
}
