package dev.ascctl.resource.kinds;

import dev.ascctl.resource.Address;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.LocalizationKind;
import java.util.Objects;

/** The localization of its parent in one locale: {@code <parent>.locale[de-DE]}. */
public record LocaleKey<P extends KindKey>(P parent, String locale) implements LocalizationKind.Key<P> {
    public LocaleKey {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(locale, "locale");
    }

    @Override
    public Address address() {
        return parent.address().child("locale", locale);
    }
}
