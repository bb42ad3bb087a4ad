package dev.ascctl.resource.kinds;

import dev.ascctl.resource.Address;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.LocalizationKind;
import dev.ascctl.store.AppSpec;
import java.util.Objects;

/**
 * The app information of an app, with the version the store asks for (null when it names none), which decides
 * whether Apple makes an editable app info during the apply. Its address is the app's.
 */
public record AppInfoKey(AppKey app, VersionKey version) implements KindKey {
    public AppInfoKey {
        Objects.requireNonNull(app, "app");
    }

    /** The app information the store declares: the app's, with the version it asks for. */
    static AppInfoKey of(AppSpec spec) {
        return new AppInfoKey(new AppKey(spec.bundleId()), VersionHandler.hasVersion(spec) ? VersionHandler.key(spec)
                : null);
    }

    @Override
    public Address address() {
        return app.address();
    }

    /** The app-level text of one locale: {@code app[x].locale[de-DE].info}. */
    public record Locale(AppInfoKey parent, String locale) implements LocalizationKind.Key<AppInfoKey> {
        public Locale {
            Objects.requireNonNull(parent, "parent");
            Objects.requireNonNull(locale, "locale");
        }

        @Override
        public Address address() {
            return parent.address().child("locale", locale).child("info");
        }
    }
}
