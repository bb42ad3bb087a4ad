package dev.ascctl.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * All desired text of one locale of one app, from {@code apps/<label>/locales/<locale>.yaml}.
 *
 * <pre>{@code
 * name: Notizen Pro                      # appInfo
 * subtitle: Denken in Listen             # appInfo
 * privacyPolicyUrl: https://example.com/de/privacy
 * description: Notizen Pro ordnet deine Gedanken.   # version
 * keywords: [notizen, listen, tagebuch]  # version keywords = "notizen,listen,tagebuch"
 * }</pre>
 *
 * @param locale  Apple's locale code, equal to the file name
 * @param file    the locale file
 * @param appInfo appInfoLocalizations attributes: name, subtitle, privacyPolicyUrl, privacyChoicesUrl, privacyPolicyText
 * @param version appStoreVersionLocalizations attributes: description, keywords (always one comma-joined
 *                string without spaces), promotionalText, whatsNew, marketingUrl, supportUrl
 */
public record LocaleSpec(String locale, Path file, Attributes appInfo, Attributes version) {

    public LocaleSpec {
        if (!AscLocales.isKnown(locale)) {
            throw new IllegalArgumentException("not an App Store Connect locale: " + locale);
        }
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(appInfo, "appInfo");
        Objects.requireNonNull(version, "version");
    }
}
