package dev.ascctl.plan.render;

import dev.ascctl.resource.Address;

/**
 * The short name of an object, like the name label of a Terraform resource: the natural key of the innermost
 * keyed segment of its address ({@code de-DE} for {@code app[com.example.notes].locale[de-DE].info}).
 */
final class ObjectNames {
    private ObjectNames() {
    }

    static String of(Address address) {
        String name = address.value();
        for (Address.Segment segment : address.segments()) {
            if (segment.key() != null) {
                name = segment.key();
            }
        }
        return name;
    }
}
