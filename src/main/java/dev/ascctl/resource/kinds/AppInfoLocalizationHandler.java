package dev.ascctl.resource.kinds;

import dev.ascctl.resource.BaseInclude.BaseRead;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.CreateAppInfoLocalization;
import dev.ascctl.asc.endpoint.DeleteAppInfoLocalization;
import dev.ascctl.asc.endpoint.UpdateAppInfoLocalization;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.LocaleSpec;
import java.util.List;
import java.util.Optional;

/** The app-level text of one locale (appInfoLocalization) in locales/&lt;locale&gt;.yaml: name, subtitle, privacy. */
public final class AppInfoLocalizationHandler extends LocaleFileText<AppKey, AppInfoLocalizationHandler.Key> {

    /** {@code app[x].locale[de-DE].info} */
    public record Key(AppKey parent, String locale) implements LocalizationKind.Key<AppKey> {
        @Override
        public Address address() {
            return parent.address().child("locale", locale).child("info");
        }
    }

    public AppInfoLocalizationHandler() {
        super(new KindSpec("appInfoLocalization", 2, "locales"), new Api("/v1/appInfos", "appInfoLocalizations",
                List.of("name", "subtitle", "privacyPolicyUrl", "privacyChoicesUrl", "privacyPolicyText"),
                CreateAppInfoLocalization::of, UpdateAppInfoLocalization::of, DeleteAppInfoLocalization::of),
                Key::new, LocaleSpec::appInfo, BaseRead.APP_INFOS);
    }

    @Override
    Optional<AppKey> parentKey(AppSpec app) {
        return Optional.of(new AppKey(app.bundleId()));
    }

    @Override
    Optional<Resource> parent(LiveApp app) {
        return app.editableAppInfo();
    }

    @Override
    String blockedReason(Resource info) {
        return LiveApp.isEditableAppInfo(info) ? null
                : "the app information is " + LiveApp.text(info, "state") + " and takes no edits";
    }

    @Override
    public Optional<String> createRefusal(DesiredObject<Key> desired, LiveApp app) {
        var name = desired.attributes().get("name");
        return parentRefusal(app, "the app has no app information that takes edits").or(() -> name == null
                || name.isNull() ? Optional.of("Apple requires a name to add a locale; set 'name' in this locale's file")
                : Optional.empty());
    }
}
