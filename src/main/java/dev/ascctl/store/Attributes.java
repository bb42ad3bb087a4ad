package dev.ascctl.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * Desired attributes exactly as written: a key left out is not managed, a key with {@code null}
 * (a {@code NullNode}) clears the live value. Keys are Apple's attribute names; insertion order
 * is the order in the YAML file.
 *
 * <pre>{@code
 * review:
 *   contactEmail: ada@example.com                 # values: {contactEmail: "ada@example.com",
 *   notes: null                                   #          notes: NullNode,
 *   demoAccountPassword: ${env:ASC_DEMO_PASSWORD} #          demoAccountPassword: "${env:ASC_DEMO_PASSWORD}"}
 *                                                 # sensitive: {demoAccountPassword}
 * }</pre>
 *
 * @param values    attribute name to value (string, number, boolean or NullNode)
 * @param marks     attribute name to the mark of its key; same key set as {@code values}
 * @param sensitive keys whose value is a secret reference; the value is the reference text, not the secret
 */
public record Attributes(Map<String, JsonNode> values, Map<String, Mark> marks, Set<String> sensitive) {

    private static final Attributes EMPTY = new Attributes(Map.of(), Map.of(), Set.of());

    public Attributes {
        values.forEach((k, v) -> Objects.requireNonNull(v, () -> "value of " + k + " (use NullNode for an explicit null)"));
        if (!values.keySet().equals(marks.keySet())) {
            throw new IllegalArgumentException("every attribute needs a mark: " + values.keySet() + " vs " + marks.keySet());
        }
        if (!values.keySet().containsAll(sensitive)) {
            throw new IllegalArgumentException("sensitive keys " + sensitive + " are not all attributes");
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        marks = Collections.unmodifiableMap(new LinkedHashMap<>(marks));
        sensitive = Collections.unmodifiableSet(new LinkedHashSet<>(sensitive));
    }

    /** No managed attributes. */
    public static Attributes empty() {
        return EMPTY;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Whether the YAML manages this attribute (it may still be an explicit null). */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Optional<JsonNode> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The text of a string attribute; empty when absent, null or not a string. */
    public Optional<String> text(String key) {
        return get(key).filter(JsonNode::isString).map(JsonNode::asString);
    }

    /** These attributes, plus those of {@code fallback} this one leaves out (this one wins, even with null). */
    public Attributes withDefaults(Attributes fallback) {
        Map<String, JsonNode> v = new LinkedHashMap<>(values);
        Map<String, Mark> m = new LinkedHashMap<>(marks);
        Set<String> s = new LinkedHashSet<>(sensitive);
        fallback.values.forEach((key, value) -> {
            if (!v.containsKey(key)) {
                v.put(key, value);
                m.put(key, fallback.marks.get(key));
                if (fallback.sensitive.contains(key)) {
                    s.add(key);
                }
            }
        });
        return new Attributes(v, m, s);
    }

    /** Shows sensitive values as {@code (sensitive value)} so a stray log line cannot leak even a reference. */
    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + (sensitive.contains(e.getKey()) ? "(sensitive value)" : e.getValue()))
                .collect(Collectors.joining(", ", "Attributes{", "}"));
    }
}
