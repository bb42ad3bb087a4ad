package dev.ascctl.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * One attribute's change. A sensitive attribute keeps no values at all, so no plan file, renderer or log can
 * ever show a secret: it is shown as {@code (sensitive value)}.
 *
 * @param name      Apple's attribute name
 * @param before    the live value (JSON null when unset), or {@code null} when the object does not exist yet
 *                  or the value is sensitive
 * @param after     the desired value, or {@code null} when the object is deleted or the value is sensitive
 * @param sensitive whether the values are secrets
 * @param forcesReplacement whether this change is why the object is replaced ({@code # forces replacement});
 *                  left out of saved plans when false, so plans without replacements read as before
 */
public record AttributeChange(String name, JsonNode before, JsonNode after, boolean sensitive,
                              @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean forcesReplacement) {
    public AttributeChange(String name, JsonNode before, JsonNode after, boolean sensitive) {
        this(name, before, after, sensitive, false);
    }

    public AttributeChange {
        Objects.requireNonNull(name, "name");
        if (sensitive) {
            before = null;
            after = null;
        }
    }

    /** This change, marked as the reason its object is replaced. */
    public AttributeChange forcingReplacement() {
        return new AttributeChange(name, before, after, sensitive, true);
    }

    public static AttributeChange sensitive(String name) {
        return new AttributeChange(name, null, null, true);
    }
}
