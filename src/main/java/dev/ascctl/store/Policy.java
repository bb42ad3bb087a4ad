package dev.ascctl.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What ascctl may delete and what it never touches, from {@code store.yaml}.
 *
 * <pre>{@code
 * policy:
 *   prune: {locales: false, screenshots: true, betaTesters: false}
 *   ignore: ["apps.*.locales.*.promotionalText"]
 * }</pre>
 *
 * @param prune  every prunable collection to whether live members missing from the YAML are deleted;
 *               collections not written in YAML are {@code false}
 * @param ignore address patterns never reported as drift and never applied
 */
public record Policy(Map<String, Boolean> prune, List<String> ignore) {

    /** The collections {@code prune} knows, in the order the schema lists them. */
    public static final List<String> PRUNABLE = List.of(
            "locales", "screenshots", "previews", "betaGroups", "betaTesters", "betaGroupBuilds", "inAppPurchases",
            "subscriptions", "introductoryOffers", "promotionalOffers", "territories", "reviewReplies");

    public Policy {
        Map<String, Boolean> all = new LinkedHashMap<>();
        PRUNABLE.forEach(c -> all.put(c, false));
        prune.forEach((k, v) -> {
            if (!all.containsKey(k)) {
                throw new IllegalArgumentException("unknown prunable collection '" + k + "'");
            }
            all.put(k, Objects.requireNonNull(v, k));
        });
        prune = Collections.unmodifiableMap(all);
        ignore = List.copyOf(ignore);
    }

    /** Prune nothing, ignore nothing. */
    public static Policy defaults() {
        return new Policy(Map.of(), List.of());
    }

    public boolean prunes(String collection) {
        Boolean on = prune.get(collection);
        if (on == null) {
            throw new IllegalArgumentException("unknown prunable collection '" + collection + "'");
        }
        return on;
    }
}
