package dev.ascctl.store;

import java.util.Objects;

/**
 * The effective defaults every app starts from: {@code store.yaml} {@code defaults}, backed by the
 * credentials file's contact defaults (store.yaml wins). An app's own value, even {@code null}, beats both.
 *
 * <pre>{@code
 * defaults:
 *   copyright: "2026 Example Inc."          # -> version {copyright}
 *   review: {contactEmail: ada@example.com} # -> review {contactEmail}
 * }</pre>
 *
 * @param version only {@code copyright}
 * @param review  only {@code contactFirstName}, {@code contactLastName}, {@code contactEmail}, {@code contactPhone}
 */
public record StoreDefaults(Attributes version, Attributes review) {

    public StoreDefaults {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(review, "review");
    }

    public static StoreDefaults none() {
        return new StoreDefaults(Attributes.empty(), Attributes.empty());
    }
}
