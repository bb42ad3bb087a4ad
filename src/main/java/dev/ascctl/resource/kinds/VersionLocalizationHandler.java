package dev.ascctl.resource.kinds;

import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.CreateAppStoreVersionLocalization;
import dev.ascctl.asc.endpoint.DeleteAppStoreVersionLocalization;
import dev.ascctl.asc.endpoint.UpdateAppStoreVersionLocalization;
import dev.ascctl.resource.AttributeSpec;
import dev.ascctl.resource.BaseInclude.BaseRead;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.LocaleSpec;
import java.util.List;
import java.util.Optional;

/** The version-level text of one locale (appStoreVersionLocalization) in locales/&lt;locale&gt;.yaml. */
public final class VersionLocalizationHandler extends LocaleFileText<VersionKey, LocaleKey<VersionKey>> {

    public VersionLocalizationHandler() {
        super(new KindSpec("appStoreVersionLocalization", 4, "locales"), new Api("/v1/appStoreVersions",
                "appStoreVersionLocalizations", List.of("description", "keywords", "promotionalText", "whatsNew",
                "marketingUrl", "supportUrl"), CreateAppStoreVersionLocalization::of,
                UpdateAppStoreVersionLocalization::of, DeleteAppStoreVersionLocalization::of),
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

    @Override
    public Optional<String> createRefusal(DesiredObject<LocaleKey<VersionKey>> desired, LiveApp app) {
        return VersionHandler.childCreateRefusal(app);
    }

    @Override
    public Optional<String> attributeRefusal(String attribute, DesiredObject<LocaleKey<VersionKey>> desired, LiveApp app) {
        // Apple refuses whatsNew on an app's first version (409); users asked for it to be handled, not to fail.
        return attribute.equals("whatsNew") && app.currentVersion().filter(app::isFirstVersion).isPresent()
                ? Optional.of("Apple refuses whatsNew on an app's first version; it will be sent with the next version")
                : Optional.empty();
    }

    @Override
    public List<AttributeSpec> attributes() {
        return List.of(AttributeSpec.of("keywords").asCommaList());
    }
}
