package dev.ascctl.resource.kinds;

import static dev.ascctl.resource.AttributeSpec.of;

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
 * The version-level text of one locale in locales/&lt;locale&gt;.yaml, written to Apple's copies in a version the apply
 * creates ({@link NewVersionCopies}). Limits: App Store Connect Help, "Platform version information".
 */
public final class VersionLocalizationHandler extends LocaleFileText<VersionKey, LocaleKey<VersionKey>> {

    public VersionLocalizationHandler() {
        super(new KindSpec("appStoreVersionLocalization", 4, "locales"), new Api("/v1/appStoreVersions",
                "appStoreVersionLocalizations", List.of(of("description").limit(4000), of("keywords").asCommaList()
                .limit(100), of("promotionalText").limit(170), of("whatsNew").limit(4000), of("marketingUrl"),
                of("supportUrl")), CreateAppStoreVersionLocalization::of,
                UpdateAppStoreVersionLocalization::of, DeleteAppStoreVersionLocalization::of)
                .textAt(TextLimits.Place.LOCALE_VERSION),
                LocaleKey::new, LocaleSpec::version, BaseRead.VERSIONS, NewVersionCopies.VERSION);
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

    @Override
    public Optional<String> createRefusal(DesiredObject<LocaleKey<VersionKey>> desired, LiveApp app) {
        return copyOf(desired.key().parent(), app).isPresent() ? Optional.empty() : VersionHandler.childCreateRefusal(app);
    }

    @Override
    public Optional<String> attributeRefusal(String attribute, DesiredObject<LocaleKey<VersionKey>> desired, LiveApp app) {
        return attribute.equals("whatsNew") ? NewVersionCopies.whatsNewRefusal(desired.key().parent(), app)
                : Optional.empty();
    }
}
