package dev.ascctl.resource.kinds;

import static dev.ascctl.resource.AttributeSpec.of;

import dev.ascctl.resource.BaseInclude.BaseRead;
import dev.ascctl.asc.Resource;
import dev.ascctl.asc.endpoint.CreateAppInfoLocalization;
import dev.ascctl.asc.endpoint.DeleteAppInfoLocalization;
import dev.ascctl.asc.endpoint.UpdateAppInfoLocalization;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.LocaleSpec;
import dev.ascctl.store.TextLimits;
import java.util.List;
import java.util.Optional;

/**
 * The app-level text of one locale (appInfoLocalization) in locales/&lt;locale&gt;.yaml; while a version the apply
 * creates is on its way, written to Apple's editable copy of the app information ({@link NewVersionCopies}).
 * Limits: App Store Connect Help, "App information" (the spec declares no maxLength).
 */
public final class AppInfoLocalizationHandler extends LocaleFileText<AppInfoKey, AppInfoKey.Locale> {

    public AppInfoLocalizationHandler() {
        super(new KindSpec("appInfoLocalization", 2, "locales"), new Api("/v1/appInfos", "appInfoLocalizations",
                List.of(of("name").limit(30), of("subtitle").limit(30), of("privacyPolicyUrl"), of("privacyChoicesUrl"),
                        of("privacyPolicyText")),
                CreateAppInfoLocalization::of, UpdateAppInfoLocalization::of, DeleteAppInfoLocalization::of)
                .textAt(TextLimits.Place.LOCALE_APP_INFO),
                AppInfoKey.Locale::new, LocaleSpec::appInfo, BaseRead.APP_INFOS, NewVersionCopies.APP_INFO);
    }

    @Override
    Optional<AppInfoKey> parentKey(AppSpec app) {
        return Optional.of(AppInfoKey.of(app));
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
    public Optional<String> createRefusal(DesiredObject<AppInfoKey.Locale> desired, LiveApp app) {
        var name = desired.attributes().get("name");
        return parentRefusal(desired.key().parent(), app, "the app has no app information that takes edits")
                .or(() -> name == null || name.isNull()
                        ? Optional.of("Apple requires a name to add a locale; set 'name' in this locale's file")
                        : Optional.empty());
    }
}
