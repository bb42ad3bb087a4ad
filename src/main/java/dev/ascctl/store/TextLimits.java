package dev.ascctl.store;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Apple's length limits on text, as the kinds declare them on their attributes ({@code AttributeSpec.limit}), by
 * the place in the store where the text is written; the store refuses a longer text there at load time. Counted in
 * characters = Unicode code points ("🎉" is 1; 91 Arabic characters of keywords are 168 bytes and accepted). The
 * store writes no limit itself: a limit is written once, next to the attribute it limits.
 */
public final class TextLimits {

    /** Where the store writes text a kind declares a limit on. */
    public enum Place {
        /** A locale file's top-level keys of the app information ({@code locales/en-US.yaml}). */
        LOCALE_APP_INFO,
        /** A locale file's top-level keys of the version being prepared. */
        LOCALE_VERSION,
        /** app.yaml's {@code review} map. */
        APP_REVIEW,
        /** testflight.yaml's top-level {@code localizations.<locale>} (the beta app's texts). */
        BETA_APP_LOCALIZATION,
        /** testflight.yaml's {@code builds[].localizations.<locale>}. */
        BETA_BUILD_LOCALIZATION,
        /** purchases.yaml's in-app purchases and subscriptions (their limits are the same). */
        PRODUCT,
        /** purchases.yaml's {@code localizations.<locale>} of an in-app purchase or a subscription. */
        PRODUCT_LOCALIZATION,
        /** purchases.yaml's subscription groups. */
        SUBSCRIPTION_GROUP,
        /** purchases.yaml's {@code localizations.<locale>} of a subscription group. */
        SUBSCRIPTION_GROUP_LOCALIZATION,
        /** An in-app event's {@code localizations.<locale>} ({@code events/<name>.yaml}). */
        APP_EVENT_LOCALIZATION
    }

    /** One declared limit: the key as the store writes it, at a place. */
    public record Limit(Place place, String key, int limit) {
        public Limit {
            Objects.requireNonNull(place, "place");
            Objects.requireNonNull(key, "key");
            if (limit < 1) {
                throw new IllegalArgumentException(key + ": a text limit is at least 1");
            }
        }
    }

    private static final TextLimits NONE = new TextLimits(new EnumMap<>(Place.class));

    private final Map<Place, Map<String, Integer>> byPlace;

    private TextLimits(Map<Place, Map<String, Integer>> byPlace) {
        this.byPlace = byPlace;
    }

    /** No limits (a store checked against no kind). */
    public static TextLimits none() {
        return NONE;
    }

    /**
     * The limits the kinds declare; two kinds may declare the same key at the same place (an in-app purchase and a
     * subscription) only with the same limit.
     */
    public static TextLimits of(List<Limit> declared) {
        Map<Place, Map<String, Integer>> byPlace = new EnumMap<>(Place.class);
        for (Limit limit : declared) {
            Integer before = byPlace.computeIfAbsent(limit.place(), p -> new LinkedHashMap<>())
                    .putIfAbsent(limit.key(), limit.limit());
            if (before != null && before != limit.limit()) {
                throw new IllegalArgumentException(limit.place() + "." + limit.key() + " is limited to both " + before
                        + " and " + limit.limit());
            }
        }
        byPlace.replaceAll((place, limits) -> Collections.unmodifiableMap(limits));
        return new TextLimits(byPlace);
    }

    /** The limited keys at a place with their limits, in the kinds' order. */
    public Map<String, Integer> at(Place place) {
        return byPlace.getOrDefault(place, Map.of());
    }

    /** The limit of a key at a place, if a kind declares one. */
    public Optional<Integer> limitOf(Place place, String key) {
        return Optional.ofNullable(at(place).get(key));
    }

    /** Length as Apple counts it. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
