package dev.ascctl.resource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One attribute of a kind, declared once with the rules the engine derives behaviour from: equality
 * ({@link #same}), refusals ({@link #immutableReason}), and {@code -/+} replacement ({@link #requiresReplace}).
 * Start with {@link #of} and add rules: {@code AttributeSpec.of("offerMode").replacing()}.
 *
 * @param name            Apple's attribute name (the desired and live objects' vocabulary)
 * @param decimal         a number written as text: "5", "5.0" and "5.00" are the same value
 * @param commaList       a list Apple keeps as comma-separated text (keywords): "a, b" and "a,b" are the same
 *                        list, and {@code import} writes it as a YAML list
 * @param requiresReplace Apple cannot change it in place: a change destroys the object and creates it anew
 * @param immutableReason why Apple never changes it on an existing object (the change is refused, never sent),
 *                        or {@code null}
 * @param limit           Apple's length limit on the text in characters (code points), or 0 for none: the store
 *                        refuses a longer text where the kind's YAML writes it ({@link StoreText}), at load time
 * @param prices          how a {@link TerritoryPrices} value compares, or {@code null} for an attribute that is none
 */
public record AttributeSpec(String name, boolean decimal, boolean commaList, boolean requiresReplace,
                            String immutableReason, int limit, PriceMap prices) {
    /** How a territory → price map compares with live. */
    public enum PriceMap {
        /** The territories are exactly the YAML's: one missing from the YAML is a change (it goes back to Apple's). */
        EXACT,
        /** Only the YAML's territories are compared and shown: the others keep their live price. */
        LISTED_ONLY
    }

    public AttributeSpec {
        Objects.requireNonNull(name, "name");
        if (requiresReplace && immutableReason != null) {
            throw new IllegalArgumentException(name + ": an attribute is either replaced or refused, not both");
        }
        if (limit < 0) {
            throw new IllegalArgumentException(name + ": a text limit is positive (0 for none)");
        }
    }

    public static AttributeSpec of(String name) {
        return new AttributeSpec(name, false, false, false, null, 0, null);
    }

    /** Attributes declared without rules. */
    public static List<AttributeSpec> plain(String... names) {
        return Arrays.stream(names).map(AttributeSpec::of).toList();
    }

    /** The names of declared attributes, in order (the attributes a kind reads, compares and writes). */
    public static List<String> names(List<AttributeSpec> attributes) {
        return attributes.stream().map(AttributeSpec::name).toList();
    }

    /** Compared as a decimal number. */
    public AttributeSpec asDecimal() {
        return new AttributeSpec(name, true, commaList, requiresReplace, immutableReason, limit, prices);
    }

    /** Compared and imported as a list kept in comma-separated text. */
    public AttributeSpec asCommaList() {
        return new AttributeSpec(name, decimal, true, requiresReplace, immutableReason, limit, prices);
    }

    /** A change replaces the object (delete, then create). */
    public AttributeSpec replacing() {
        return new AttributeSpec(name, decimal, commaList, true, immutableReason, limit, prices);
    }

    /** A change of an existing object is refused, for this reason. */
    public AttributeSpec immutable(String reason) {
        return new AttributeSpec(name, decimal, commaList, requiresReplace, Objects.requireNonNull(reason, "reason"),
                limit, prices);
    }

    /** At most {@code characters} characters, as Apple counts them (code points). */
    public AttributeSpec limit(int characters) {
        if (characters < 1) {
            throw new IllegalArgumentException(name + ": a text limit is at least 1");
        }
        return new AttributeSpec(name, decimal, commaList, requiresReplace, immutableReason, characters, prices);
    }

    /**
     * A {@link TerritoryPrices} value: the same territories at the same prices (as numbers) are the same value, and
     * the plan shows a change territory by territory.
     */
    public AttributeSpec asTerritoryPrices() {
        return new AttributeSpec(name, decimal, commaList, requiresReplace, immutableReason, limit, PriceMap.EXACT);
    }

    /**
     * Of a {@link TerritoryPrices} value, only the YAML's territories are managed: a live territory the YAML does not
     * list keeps its price, is never a change and is not shown (DESIGN 1.2, you manage what you write).
     */
    public AttributeSpec listedOnly() {
        if (prices == null) {
            throw new IllegalStateException(name + ": listedOnly() applies to territory prices");
        }
        return new AttributeSpec(name, decimal, commaList, requiresReplace, immutableReason, limit,
                PriceMap.LISTED_ONLY);
    }

    /** Whether the desired and live values mean the same. */
    public boolean same(JsonNode desired, JsonNode live) {
        if (prices != null && desired != null && desired.isObject()) {
            return TerritoryPrices.of(desired).samePrices(TerritoryPrices.of(shownLive(desired, live)));
        }
        if (decimal && desired != null && live != null && isNumeric(desired) && isNumeric(live)) {
            return new BigDecimal(desired.asString()).compareTo(new BigDecimal(live.asString())) == 0;
        }
        if (commaList && desired != null && live != null && desired.isString() && live.isString()) {
            return items(desired.asString()).equals(items(live.asString()));
        }
        return Values.same(desired, live);
    }

    /**
     * The live value as the plan shows it next to the desired one: for {@link PriceMap#LISTED_ONLY} prices only the
     * desired territories, else the live value itself.
     */
    public JsonNode shownLive(JsonNode desired, JsonNode live) {
        if (prices != PriceMap.LISTED_ONLY || desired == null || !desired.isObject() || live == null
                || !live.isObject()) {
            return live;
        }
        Set<String> listed = TerritoryPrices.of(desired).territories();
        return TerritoryPrices.of(live).only(listed::contains).json();
    }

    /** The live value as {@code import} writes it: a comma list becomes a YAML list. */
    public JsonNode exported(JsonNode live) {
        if (!commaList || live == null || !live.isString()) {
            return live;
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        items(live.asString()).forEach(list::add);
        return list;
    }

    // Apple stores the text as typed; "a, b" and "a,b" are the same list to a user.
    private static List<String> items(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(k -> !k.isEmpty()).toList();
    }

    /** Why a change of this attribute on an existing object is refused, if so. */
    public Optional<String> changeRefusal() {
        return Optional.ofNullable(immutableReason);
    }

    private static boolean isNumeric(JsonNode value) {
        if (value.isNumber()) {
            return true;
        }
        if (!value.isString()) {
            return false;
        }
        try {
            new BigDecimal(value.asString());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
