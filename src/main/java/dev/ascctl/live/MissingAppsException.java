package dev.ascctl.live;

import java.util.List;

/**
 * Apps named in the store that App Store Connect does not have (or the key cannot see). Apple's API cannot
 * create apps, so this is a manual step for the user.
 */
public final class MissingAppsException extends RuntimeException {
    private final List<String> bundleIds;

    public MissingAppsException(List<String> bundleIds) {
        super(message(bundleIds));
        this.bundleIds = List.copyOf(bundleIds);
    }

    public List<String> bundleIds() {
        return bundleIds;
    }

    private static String message(List<String> bundleIds) {
        return "App Store Connect has no app with bundle id " + String.join(", ", bundleIds)
                + " (or this API key cannot see it). Apple's API cannot create apps: create it in App Store Connect"
                + " → Apps → + → New App, with this bundle id, then run ascctl again.";
    }
}
