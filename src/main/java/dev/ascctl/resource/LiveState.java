package dev.ascctl.resource;

import java.util.Map;
import java.util.Optional;

/**
 * Everything read live for one plan: one {@link LiveApp} per bundle id, and the requests it took.
 */
public record LiveState(Map<String, LiveApp> apps, int requestsUsed) {
    public LiveState {
        apps = Map.copyOf(apps);
    }

    public Optional<LiveApp> app(String bundleId) {
        return Optional.ofNullable(apps.get(bundleId));
    }
}
