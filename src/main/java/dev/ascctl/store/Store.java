package dev.ascctl.store;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The whole desired state: every app under {@code apps/}, plus the store-wide policy and defaults.
 *
 * <pre>{@code
 * store/
 *   store.yaml             # policy, defaults
 *   apps/notes/app.yaml    # one AppSpec per folder
 * }</pre>
 *
 * @param apps sorted by label; bundle ids are unique
 */
public record Store(Path root, Policy policy, StoreDefaults defaults, List<AppSpec> apps) {

    public Store {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(defaults, "defaults");
        apps = apps.stream().sorted(Comparator.comparing(AppSpec::label)).toList();
        Set<String> bundleIds = new HashSet<>();
        for (AppSpec app : apps) {
            if (!bundleIds.add(app.bundleId())) {
                throw new IllegalArgumentException("bundleId " + app.bundleId() + " is used by two apps");
            }
        }
    }

    public Optional<AppSpec> app(String bundleId) {
        return apps.stream().filter(a -> a.bundleId().equals(bundleId)).findFirst();
    }
}
