package dev.ascctl.store;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The locale codes App Store Connect accepts for app metadata, and a "did you mean" for the rest.
 *
 * <p>Source: Apple, "Managing metadata in your app by using locale shortcodes"
 * (developer.apple.com/documentation/appstoreconnectapi/managing-metadata-in-your-app-by-using-locale-shortcodes)
 * and App Store Connect Help, "App Store localizations": 39 locales, plus the 11 Apple added on
 * 2026-03-31 (developer.apple.com/news/?id=97t4mt64; codes as uploaded successfully by codemagic
 * cli-tools PR #495 and listed by eas-cli PR #3833). The spec itself types locales as plain strings.
 */
public final class AscLocales {

    private static final Set<String> ALL = Set.of(
            "ar-SA", "ca", "cs", "da", "de-DE", "el", "en-AU", "en-CA", "en-GB", "en-US", "es-ES", "es-MX",
            "fi", "fr-CA", "fr-FR", "he", "hi", "hr", "hu", "id", "it", "ja", "ko", "ms", "nl-NL", "no", "pl",
            "pt-BR", "pt-PT", "ro", "ru", "sk", "sv", "th", "tr", "uk", "vi", "zh-Hans", "zh-Hant",
            // Added 2026-03-31.
            "bn-BD", "gu-IN", "kn-IN", "ml-IN", "mr-IN", "or-IN", "pa-IN", "sl-SI", "ta-IN", "te-IN", "ur-PK");

    /** For a bare language with several regions, the region most apps start with ("en" -> en-US). */
    private static final Map<String, String> PREFERRED_BY_LANGUAGE = Map.of("en", "en-US", "zh", "zh-Hans");

    private AscLocales() {}

    public static boolean isKnown(String code) {
        return code != null && ALL.contains(code);
    }

    /** Every accepted code, sorted. */
    public static Set<String> all() {
        return new TreeSet<>(ALL);
    }

    /**
     * The accepted code closest to a wrong one: same language first ({@code de} -> {@code de-DE},
     * {@code de_DE} -> {@code de-DE}, {@code ja-JP} -> {@code ja}), else the nearest by spelling.
     */
    public static Optional<String> closest(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String normalized = code.replace('_', '-');
        Optional<String> sameIgnoringCase = ALL.stream().filter(c -> c.equalsIgnoreCase(normalized)).findFirst();
        if (sameIgnoringCase.isPresent()) {
            return sameIgnoringCase;
        }
        String language = normalized.split("-")[0].toLowerCase(Locale.ROOT);
        String preferred = PREFERRED_BY_LANGUAGE.getOrDefault(language, language + "-" + language.toUpperCase(Locale.ROOT));
        if (ALL.contains(preferred)) {
            return Optional.of(preferred);
        }
        List<String> sameLanguage = ALL.stream()
                .filter(c -> c.split("-")[0].equalsIgnoreCase(language))
                .sorted(Comparator.comparingInt((String c) -> Suggestions.distance(c.toLowerCase(Locale.ROOT),
                        normalized.toLowerCase(Locale.ROOT))).thenComparing(c -> c))
                .toList();
        if (!sameLanguage.isEmpty()) {
            return Optional.of(sameLanguage.get(0));
        }
        return Suggestions.closest(code, ALL);
    }
}
