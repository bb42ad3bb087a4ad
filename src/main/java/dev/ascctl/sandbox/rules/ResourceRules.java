package dev.ascctl.sandbox.rules;

import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.jsonapi.WriteRequest;
import java.util.Map;

/**
 * Apple's rules for one resource type, on top of the generic checks of {@link WriteRequest}. Each
 * hook throws an {@code ApiException} to refuse. Defaults accept everything.
 */
public interface ResourceRules {
    default void beforeCreate(WriteRequest request) {
    }

    /** Server-set attributes of a new resource (states, dates, defaults). */
    default Map<String, Object> serverAttributes(WriteRequest request) {
        return Map.of();
    }

    /** Side effects after a create, e.g. a new version receiving its localizations. */
    default void afterCreate(StoredResource created) {
    }

    default void beforeUpdate(StoredResource existing, WriteRequest request) {
    }

    /** Server-set attributes an update changes (e.g. the state a {@code submitted: true} moves to). */
    default Map<String, Object> serverAttributesOnUpdate(StoredResource existing, WriteRequest request) {
        return Map.of();
    }

    /** Side effects after an update, e.g. a committed upload entering processing. */
    default void afterUpdate(StoredResource updated) {
    }

    default void beforeDelete(StoredResource existing) {
    }

    /** Before a relationship endpoint adds ({@code add}) or removes {@code ids} under {@code relationship}. */
    default void beforeLink(StoredResource owner, String relationship, java.util.List<String> ids, boolean add) {
    }

    /** Side effects after a relationship endpoint changed {@code owner}'s {@code relationship}. */
    default void afterLink(StoredResource owner, String relationship, java.util.List<String> ids, boolean add) {
    }

    /** Resources removed along with this one. */
    default void afterDelete(StoredResource deleted) {
    }

    /**
     * {@code exists[name]} on a list of this type where Apple computes it from more than a stored relationship
     * ({@code exists[publishedResponse]} on customer reviews); empty leaves it to the relationship of that name.
     */
    default java.util.Optional<Boolean> exists(StoredResource resource, String name) {
        return java.util.Optional.empty();
    }
}
