package dev.ascctl.sandbox.model;

/**
 * Which members Apple's spec declares for a relationship inside a resource object. Most carry
 * {@code links} and, when included, {@code data}; a few (e.g. {@code AppInfo.app}) declare only
 * {@code data}, so they are omitted unless included.
 */
public enum RelationshipShape {
    LINKS_AND_DATA, DATA_ONLY,
    /**
     * Only in create requests: the response schema declares no such relationship (e.g.
     * {@code AppStoreVersionPhasedRelease} has no {@code relationships}), so it is never sent or included.
     */
    WRITE_ONLY
}
