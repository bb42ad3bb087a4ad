package dev.ascctl.resource.kinds.reviews;

import java.util.Map;

/**
 * The language customers of a storefront write in. Apple's review carries only its territory, not a language; its
 * storefront's main language is what a support lead replies in (a German review from DEU gets a German reply).
 * Territories with several languages get their most used one; unknown ones English.
 */
public final class Storefronts {
    private static final Map<String, String> LANGUAGE = Map.ofEntries(
            Map.entry("USA", "en"), Map.entry("GBR", "en"), Map.entry("AUS", "en"), Map.entry("CAN", "en"),
            Map.entry("IRL", "en"), Map.entry("NZL", "en"), Map.entry("IND", "en"), Map.entry("SGP", "en"),
            Map.entry("ZAF", "en"), Map.entry("PHL", "en"), Map.entry("NGA", "en"),
            Map.entry("DEU", "de"), Map.entry("AUT", "de"), Map.entry("CHE", "de"),
            Map.entry("FRA", "fr"), Map.entry("BEL", "fr"), Map.entry("LUX", "fr"),
            Map.entry("ESP", "es"), Map.entry("MEX", "es"), Map.entry("ARG", "es"), Map.entry("COL", "es"),
            Map.entry("CHL", "es"), Map.entry("PER", "es"),
            Map.entry("BRA", "pt"), Map.entry("PRT", "pt"), Map.entry("ITA", "it"), Map.entry("NLD", "nl"),
            Map.entry("SWE", "sv"), Map.entry("NOR", "no"), Map.entry("DNK", "da"), Map.entry("FIN", "fi"),
            Map.entry("POL", "pl"), Map.entry("TUR", "tr"), Map.entry("RUS", "ru"), Map.entry("UKR", "uk"),
            Map.entry("CZE", "cs"), Map.entry("HUN", "hu"), Map.entry("ROU", "ro"), Map.entry("GRC", "el"),
            Map.entry("JPN", "ja"), Map.entry("KOR", "ko"), Map.entry("CHN", "zh-Hans"), Map.entry("TWN", "zh-Hant"),
            Map.entry("HKG", "zh-Hant"), Map.entry("ISR", "he"), Map.entry("SAU", "ar"), Map.entry("ARE", "ar"),
            Map.entry("EGY", "ar"), Map.entry("THA", "th"), Map.entry("VNM", "vi"), Map.entry("IDN", "id"),
            Map.entry("MYS", "ms"));

    private Storefronts() {
    }

    /** The language code ({@code de}, {@code zh-Hans}) of the storefront's customers; {@code en} when unknown. */
    public static String language(String territory) {
        return LANGUAGE.getOrDefault(territory, "en");
    }
}
