package dev.ascctl.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import java.util.regex.Pattern;
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
 * @param source    for a sensitive value, the secret reference it comes from ({@code ${env:ASC_DEMO_PASSWORD}}),
 *                  so a reviewer sees where the value is read, never the value; otherwise null. Taken from
 *                  {@code after} when that is a reference.
 */
public record AttributeChange(String name, JsonNode before, JsonNode after, boolean sensitive,
                              @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean forcesReplacement,
                              @JsonInclude(JsonInclude.Include.NON_NULL) String source) {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|file):[^}]+}");

    public AttributeChange(String name, JsonNode before, JsonNode after, boolean sensitive) {
        this(name, before, after, sensitive, false, null);
    }

    public AttributeChange(String name, JsonNode before, JsonNode after, boolean sensitive,
                           boolean forcesReplacement) {
        this(name, before, after, sensitive, forcesReplacement, null);
    }

    public AttributeChange {
        Objects.requireNonNull(name, "name");
        if (sensitive) {
            if (source == null && after != null && after.isString() && REFERENCE.matcher(after.asString()).matches()) {
                source = after.asString();
            }
            before = null;
            after = null;
        } else {
            source = null;
        }
        if (source != null && !REFERENCE.matcher(source).matches()) {
            // Refusing here keeps a literal secret out of any plan file, as ApiCall does for bodies.
            throw new IllegalArgumentException("the source of " + name + " must be a ${env:NAME} or ${file:path}"
                    + " reference");
        }
    }

    /** This change, marked as the reason its object is replaced. */
    public AttributeChange forcingReplacement() {
        return new AttributeChange(name, before, after, sensitive, true, source);
    }

    public static AttributeChange sensitive(String name) {
        return new AttributeChange(name, null, null, true);
    }
}
