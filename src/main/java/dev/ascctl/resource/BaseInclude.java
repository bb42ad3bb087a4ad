package dev.ascctl.resource;

import java.util.List;
import java.util.Objects;

/**
 * One relationship a kind needs included in one of the live reader's base reads, so its objects come with the read
 * every app gets anyway instead of costing requests of their own (DESIGN 1.5). The engine names no relationship:
 * the kinds contribute them ({@link Contributor}).
 *
 * @param read         which base read
 * @param relationship the relationship of that read's resources to include
 * @param limit        {@code limit[relationship]} for a to-many (the spec's maximum is 50), 0 for a to-one
 */
public record BaseInclude(BaseRead read, String relationship, int limit) {
    /** The base reads every app gets: its app infos, and its versions not yet live. */
    public enum BaseRead { APP_INFOS, VERSIONS }

    public BaseInclude {
        Objects.requireNonNull(read, "read");
        if (relationship == null || relationship.isBlank()) {
            throw new IllegalArgumentException("a base include needs a relationship");
        }
        if (limit < 0 || limit > 50) {
            throw new IllegalArgumentException(relationship + ": an included limit is 1..50, or 0 for a to-one");
        }
    }

    public static BaseInclude toOne(BaseRead read, String relationship) {
        return new BaseInclude(read, relationship, 0);
    }

    public static BaseInclude toMany(BaseRead read, String relationship, int limit) {
        return new BaseInclude(read, relationship, limit);
    }

    /** A kind whose live objects come included in a base read. */
    public interface Contributor {
        List<BaseInclude> baseIncludes();
    }
}
