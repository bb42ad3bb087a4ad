package dev.ascctl.plan.render;

import dev.ascctl.resource.Address;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The short name of an object, like the name label of a Terraform resource: the natural key of the innermost
 * keyed part of its address ({@code de-DE} for {@code app[com.example.notes].locale[de-DE].info}).
 */
final class ObjectNames {
    private static final Pattern KEY = Pattern.compile("\\[([^\\[\\]]+)]");

    private ObjectNames() {
    }

    static String of(Address address) {
        Matcher matcher = KEY.matcher(address.value());
        String name = address.value();
        while (matcher.find()) {
            name = matcher.group(1);
        }
        return name;
    }
}
