package dev.ascctl.sandbox.model;

import dev.ascctl.vocabulary.Vocabulary;
import java.util.Set;

/**
 * The territories the sandbox's "Apple" knows: the values of {@code TerritoryCode} in Apple's App Store Connect
 * API spec 4.4.1, read from the generated vocabulary (the one thing the sandbox shares with the client: Apple's
 * own names).
 */
public final class Territories {
    private static final Set<String> CODES = Vocabulary.get().enumSet("TerritoryCode");

    private Territories() {
    }

    /** Every code, in the spec's order (GET /v1/territories). */
    public static java.util.List<String> codes() {
        return Vocabulary.get().enumValues("TerritoryCode");
    }

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }
}
