package dev.ascctl.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Contact defaults from the credentials file, the weakest source of defaults (app.yaml and
 * store.yaml win). {@code company} is accepted but unused: appStoreReviewDetails has no company attribute.
 *
 * <pre>{@code
 * # config/credentials.local.yaml
 * contactDefaults: {company: Example Inc., contactEmail: ada@example.com, copyright: "2026 Example Inc."}
 * }</pre>
 *
 * @param values keys among {@link #KEYS}
 * @param source the credentials file, used as the mark of defaulted values; may be null only when values is empty
 */
public record ContactDefaultsInput(Map<String, String> values, Path source) {

    public static final Set<String> KEYS = Set.of(
            "company", "contactFirstName", "contactLastName", "contactEmail", "contactPhone", "copyright");

    public ContactDefaultsInput {
        values = Map.copyOf(values);
        for (String key : values.keySet()) {
            if (!KEYS.contains(key)) {
                throw new IllegalArgumentException("unknown contact default '" + key + "', expected one of " + KEYS);
            }
        }
        if (!values.isEmpty()) {
            Objects.requireNonNull(source, "source of contact defaults");
        }
    }

    public static ContactDefaultsInput none() {
        return new ContactDefaultsInput(Map.of(), null);
    }
}
