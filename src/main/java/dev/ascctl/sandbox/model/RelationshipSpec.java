package dev.ascctl.sandbox.model;

import java.util.Objects;

/**
 * One relationship of a resource type.
 *
 * @param name        Apple's relationship name, e.g. {@code appInfoLocalizations}
 * @param targetType  the related resource type
 * @param toMany      to-many (list) or to-one
 * @param shape       which members the spec declares inside a resource object
 * @param inverse     when not null, the relationship is stored on the other side under this name
 *                    (a localization stores its {@code appInfo}; the appInfo's list is derived)
 * @param access      where a request body may set it
 * @param requiredOnCreate whether a create must carry it
 */
public record RelationshipSpec(String name, String targetType, boolean toMany, RelationshipShape shape, String inverse,
                               Access access, boolean requiredOnCreate) {
    public RelationshipSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(access, "access");
        if (inverse != null && access != Access.READ_ONLY) {
            throw new IllegalArgumentException(name + ": a derived (inverse) relationship cannot be written");
        }
    }

    public boolean hasLinks() {
        return shape == RelationshipShape.LINKS_AND_DATA;
    }
}
