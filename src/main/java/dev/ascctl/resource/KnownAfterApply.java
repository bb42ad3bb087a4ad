package dev.ascctl.resource;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.ascctl.asc.ApiCall;
import dev.ascctl.asc.ApiQuery;
import dev.ascctl.asc.Resource;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A value a change needs that exists only after an earlier write of the same apply (DESIGN principle 8), such as
 * the price point of a product the apply creates: Apple makes a product's price points only once the product
 * exists, so the plan cannot name them. The change's calls carry {@code {{after:NAME}}} where the value goes; the
 * plan shows it as {@code (known after apply)}; apply reads {@link #query()} once the writes it waits for are done,
 * takes the id of the one resource whose {@code attribute} matches {@code value}, and puts it in place. A lookup
 * that finds nothing fails only its change (and what waits for it): apply never sends more than the plan showed.
 *
 * <pre>
 * KnownAfterApply.idOf("pricePoint[USA]", "the USA price point of 4.99 for com.example.pro",
 *         InAppPurchasePrices.pricePoints(IdReference.token(product), "USA"), "customerPrice", "4.99", Match.DECIMAL)
 * </pre>
 *
 * @param name        unique within its change; the plan shows it where an attribute's value would be
 * @param description what the value is, for the plan's readers and for the message when it is not found
 * @param path        the GET path to read after the earlier writes; may hold {@link IdReference} placeholders,
 *                    which make the change wait for those objects' changes, and the {@link #token()} of an earlier
 *                    lookup of the same change (the localizations of the app info found by the lookup before)
 * @param params      the query's parameters, in order
 * @param attribute   the attribute of the listed resources to match
 * @param value       the value it must have
 * @param match       how values compare
 */
public record KnownAfterApply(String name, String description, String path, Map<String, String> params,
                              String attribute, String value, Match match) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._\\[\\]-]+");
    private static final Pattern TOKEN = Pattern.compile("\\{\\{after:([A-Za-z0-9._\\[\\]-]+)}}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** How many nearby values the message of a failed decimal lookup lists. */
    private static final int NEAREST = 4;

    /** How a listed resource's attribute is compared with the wanted value. */
    public enum Match {
        /** The same text. */
        TEXT,
        /** The same number: "5", "5.0" and "5.00" match (Apple's prices). */
        DECIMAL,
        /**
         * The same id in the to-one relationship {@code attribute} names (a territory availability by its
         * territory): the read must include that relationship, since its linkage is sent only when included.
         */
        RELATED,
        /**
         * The one resource a to-one read answers (the age rating declaration of an app info); {@code attribute} and
         * {@code value} say nothing more and are not compared.
         */
        ONLY
    }

    public KnownAfterApply {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a known-after-apply name is letters, digits and . _ - [ ]: " + name);
        }
        Objects.requireNonNull(description, "description");
        ApiQuery.of(path); // validates the path
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(match, "match");
        if (match == Match.DECIMAL) {
            new BigDecimal(value); // a non-number here is a kind's mistake, refused when planned
        }
    }

    /** The id of the resource {@code query} lists whose {@code attribute} matches {@code value}. */
    public static KnownAfterApply idOf(String name, String description, ApiQuery query, String attribute, String value,
                                       Match match) {
        return new KnownAfterApply(name, description, query.path(), query.params(), attribute, value, match);
    }

    /** The id of the one resource {@code query} answers (a to-one relationship's related read). */
    public static KnownAfterApply idOfOnly(String name, String description, ApiQuery query) {
        return new KnownAfterApply(name, description, query.path(), query.params(), "id", "the only one", Match.ONLY);
    }

    /** The placeholder a call carries where the value goes. */
    @JsonIgnore
    public String token() {
        return "{{after:" + name + "}}";
    }

    /** The read, with any id placeholders still in its path. */
    @JsonIgnore
    public ApiQuery query() {
        ApiQuery query = ApiQuery.of(path);
        for (Map.Entry<String, String> param : params.entrySet()) {
            query = query.param(param.getKey(), param.getValue());
        }
        return query;
    }

    /**
     * The id of the matching resource among those read.
     *
     * @throws IllegalStateException saying what was looked for and, for prices, the nearest values Apple has
     */
    public String find(List<Resource> read) {
        if (match == Match.ONLY) {
            if (read.size() != 1) {
                throw new IllegalStateException(description + " was not found: Apple answered " + read.size()
                        + " objects where one was expected; nothing was sent for it");
            }
            return read.get(0).id();
        }
        if (match == Match.RELATED) {
            return read.stream().filter(r -> r.relationship(attribute).flatMap(rel -> rel.one())
                    .filter(l -> l.id().equals(value)).isPresent()).map(Resource::id).findFirst()
                    .orElseThrow(() -> new IllegalStateException(description + " was not found: Apple lists none whose "
                            + attribute + " is " + value + "; nothing was sent for it"));
        }
        Optional<Resource> found = read.stream().filter(r -> matches(r.text(attribute).orElse(null))).findFirst();
        if (found.isPresent()) {
            return found.get().id();
        }
        List<String> values = read.stream().map(r -> r.text(attribute).orElse(null)).filter(Objects::nonNull)
                .distinct().toList();
        String near = values.isEmpty() ? "it lists none"
                : "nearest: " + nearest(values).stream().collect(Collectors.joining(", "));
        throw new IllegalStateException(description + " was not found: Apple lists no " + attribute + " of " + value
                + " (" + near + "); nothing was sent for it");
    }

    private boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        if (match == Match.TEXT) {
            return candidate.equals(value);
        }
        try {
            return new BigDecimal(candidate).compareTo(new BigDecimal(value)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private List<String> nearest(List<String> values) {
        if (match == Match.TEXT) {
            return values.stream().limit(NEAREST).toList();
        }
        BigDecimal wanted = new BigDecimal(value);
        return values.stream().filter(v -> v.matches("-?\\d+(\\.\\d+)?"))
                .sorted(Comparator.comparing((String v) -> new BigDecimal(v).subtract(wanted).abs())
                        .thenComparing(v -> new BigDecimal(v)))
                .limit(NEAREST).toList();
    }

    /**
     * Checks that every placeholder the calls carry has its lookup, and every lookup is used, once by name, by a call
     * or by the path of a later lookup (a lookup's path may use only the lookups before it).
     *
     * @throws IllegalArgumentException otherwise
     */
    public static void requireMatching(List<ApiCall> calls, List<KnownAfterApply> lookups) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> used = new LinkedHashSet<>();
        for (KnownAfterApply lookup : lookups) {
            Set<String> before = new LinkedHashSet<>();
            collect(lookup.path(), before);
            if (!names.containsAll(before)) {
                throw new IllegalArgumentException("the lookup " + lookup.name() + " needs " + before
                        + ", known after apply; only lookups before it can be used: " + names);
            }
            used.addAll(before);
            if (!names.add(lookup.name())) {
                throw new IllegalArgumentException("two values known after apply are named " + lookup.name());
            }
        }
        calls.forEach(call -> used.addAll(referencedBy(call)));
        if (!names.equals(used)) {
            throw new IllegalArgumentException("the calls use the values " + used + " known after apply; the lookups"
                    + " are " + names);
        }
    }

    /** The names of the values a call needs. */
    public static Set<String> referencedBy(ApiCall call) {
        Set<String> out = new LinkedHashSet<>();
        collect(call.path(), out);
        if (call.body() != null) {
            collect(call.body().toString(), out);
        }
        return out;
    }

    /**
     * The call with every placeholder replaced by its value.
     *
     * @throws IllegalStateException naming a value that is not known
     */
    public static ApiCall resolve(ApiCall call, Map<String, String> values) {
        if (referencedBy(call).isEmpty()) {
            return call;
        }
        String path = replace(call.path(), values);
        JsonNode body = call.body() == null ? null : JSON.readTree(replace(call.body().toString(), values));
        return new ApiCall(call.method(), path, body, call.secretPointers(), call.upload());
    }

    /**
     * A lookup's path with the values of the lookups before it in place.
     *
     * @throws IllegalStateException naming a value that is not known
     */
    public static String resolvePath(String path, Map<String, String> values) {
        return replace(path, values);
    }

    private static void collect(String text, Set<String> out) {
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
    }

    private static String replace(String text, Map<String, String> values) {
        Matcher m = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("needs " + m.group(1) + ", which is known only after apply and was"
                        + " not looked up");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
