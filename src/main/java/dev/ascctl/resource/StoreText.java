package dev.ascctl.resource;

import dev.ascctl.store.TextLimits;
import java.util.Optional;

/**
 * A kind whose YAML text the store checks against the limits its attributes declare ({@link AttributeSpec#limit}):
 * the kind says where in the store its attributes are written, and {@link ResourceKinds#storeRules} hands the limits
 * to the store, which refuses a longer text there with its file:line:column before anything is read.
 */
public interface StoreText {

    /** Where the store writes this kind's attributes; empty only for a kind whose attributes declare no limit. */
    Optional<TextLimits.Place> textPlace();

    /** The store's key of an attribute, when the YAML names it otherwise than Apple (a product's referenceName). */
    default String storeKey(String attribute) {
        return attribute;
    }
}
