package dev.ascctl.store;

import java.util.Map;
import java.util.Optional;

/**
 * Apple's length limits on metadata text, counted in characters = Unicode code points
 * ("🎉" is 1; 91 Arabic characters of keywords are 168 bytes and accepted).
 *
 * <p>Source: App Store Connect Help, "Platform version information" and "App information"
 * (developer.apple.com/help/app-store-connect/reference/app-information/platform-version-information):
 * name 30, subtitle 30, promotional text 170, description 4000, what's new 4000, keywords 100.
 * Review notes 4000: App Store Connect Help, "App Review information". The OpenAPI spec declares no
 * maxLength anywhere, so these live here.
 */
public final class TextLimits {

    private static final Map<String, Integer> LIMITS = Map.of(
            "name", 30,
            "subtitle", 30,
            "keywords", 100,
            "promotionalText", 170,
            "description", 4000,
            "whatsNew", 4000,
            "notes", 4000);

    private TextLimits() {}

    /** The limit of an attribute (locale attributes, or review {@code notes}), if Apple has one. */
    public static Optional<Integer> limitOf(String attribute) {
        return Optional.ofNullable(LIMITS.get(attribute));
    }

    /** Length as Apple counts it. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
