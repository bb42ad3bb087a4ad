package dev.ascctl.resource;

import java.util.List;

/**
 * The id of a live object Apple makes during the apply, not before it: a copy Apple makes when the apply creates a
 * version (the new version's localizations, the editable app info and its localizations; DESIGN principle 8). The
 * plan compares the store with what Apple will copy, and writes to the copy by its id, read once it exists.
 *
 * @param lookups   what finds the object once it exists, in order (a later one may use an earlier one's value in its
 *                  path); the last one gives the object's id
 * @param runsAfter the changes that make Apple make it, beyond address nesting (the version's create)
 */
public record IdAfterApply(List<KnownAfterApply> lookups, List<Address> runsAfter) {
    public IdAfterApply {
        lookups = List.copyOf(lookups);
        runsAfter = runsAfter == null ? List.of() : List.copyOf(runsAfter);
        if (lookups.isEmpty()) {
            throw new IllegalArgumentException("an id known after apply needs a lookup that finds it");
        }
    }

    /** Where the id goes in a call: the placeholder of the last lookup. */
    public String token() {
        return lookups.get(lookups.size() - 1).token();
    }
}
