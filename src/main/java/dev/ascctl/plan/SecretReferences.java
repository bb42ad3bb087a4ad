package dev.ascctl.plan;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.store.SensitiveFields;
import java.nio.file.Path;

/**
 * The secret references of a saved plan, checked again when it is read: each must sit in a sensitive attribute
 * ({@link SensitiveFields}), as the store allows. Where a {@code ${file:}} may read is checked by the store's
 * resolver when apply sends, with the same rules as for the store.
 */
final class SecretReferences {
    private SecretReferences() {
    }

    static void check(Path file, Plan plan) {
        for (ResourceChange change : plan.changes()) {
            for (ApiCall call : change.calls()) {
                for (String pointer : call.secretPointers()) {
                    String key = pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
                    if (!SensitiveFields.isSensitive(key)) {
                        throw new IllegalArgumentException(file.getFileName() + " holds a secret reference at " + pointer
                                + " of " + change.address() + "; secret references are allowed only in "
                                + String.join(", ", SensitiveFields.names()) + ". Nothing was applied.");
                    }
                }
            }
        }
    }
}
