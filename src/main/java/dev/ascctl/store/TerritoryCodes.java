package dev.ascctl.store;

import dev.ascctl.vocabulary.Vocabulary;
import java.util.Set;

/**
 * Apple's territory codes (ISO 3166-1 alpha-3, plus Apple's own such as {@code XKS} for Kosovo): the values of
 * {@code TerritoryCode} in Apple's App Store Connect API spec 4.4.1. A code outside this set names no territory,
 * so the store rejects it before any request. Read from the generated vocabulary, as the sandbox reads it.
 */
public final class TerritoryCodes {
    private static final Set<String> CODES = Vocabulary.get().enumSet("TerritoryCode");

    private TerritoryCodes() {
    }

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }

    public static Set<String> all() {
        return CODES;
    }
}
