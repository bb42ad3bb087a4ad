package dev.ascctl.resource;

import dev.ascctl.store.StoreSection;

/**
 * A kind that owns an app.yaml key: it declares the key and its schema here, and reads the value in
 * {@link ResourceHandler#desired} through {@code app.section(key)}, so adding such a kind changes no store file.
 */
public interface OwnsStoreSection {

    /** The key, its schema and its rules. */
    StoreSection storeSection();
}
