package dev.ascctl.asc;

import java.util.Map;
import java.util.Optional;

/**
 * Names a reader knows for API objects by path ({@code /v1/appStoreVersionLocalizations/ID} → "en-US localization
 * of version 1.1"), so an error about an object Apple names only by id says which one it is. Callers that read
 * the live state before a write supply them; {@link #NONE} otherwise.
 */
@FunctionalInterface
public interface KnownObjects {
    KnownObjects NONE = path -> Optional.empty();

    Optional<String> name(String resourcePath);

    static KnownObjects of(Map<String, String> byPath) {
        Map<String, String> copy = Map.copyOf(byPath);
        return path -> Optional.ofNullable(copy.get(path));
    }
}
