package dev.ascctl.sandbox.model;

/**
 * Which members Apple's spec declares for a relationship inside a resource object. Most carry
 * {@code links} and, when included, {@code data}; a few (e.g. {@code AppInfo.app}) declare only
 * {@code data}, so they are omitted unless included.
 */
public enum RelationshipShape {
    LINKS_AND_DATA, DATA_ONLY
}
