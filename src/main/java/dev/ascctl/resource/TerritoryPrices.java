package dev.ascctl.resource;

import dev.ascctl.store.TerritoryPrice;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Customer prices by territory, the one value every pricing kind keeps its territory → price map in: Apple's
 * territory id (ISO 3166-1 alpha-3, {@code USA}) → the price as decimal text ({@code "4.99"}, {@code "700"}),
 * sorted by territory. Prices compare as numbers: {@code "5"}, {@code "5.0"} and {@code "5.00"} are one price.
 *
 * <p>How a kind uses it: declare the attribute with {@link AttributeSpec#asTerritoryPrices()} (equality derives from
 * it), put {@link #json()} into its desired and live attributes, and read the desired value back with
 * {@link #of(JsonNode)} when it writes; {@link #changedFrom} says which territories need a write. The plan shows a
 * change as a nested block, one line per territory added, changed or removed:
 * <pre>
 *   ~ territories = {
 *       ~ JPN = "1500" -> "1600"
 *       + GBR = "4.49"
 *     }
 * </pre>
 * A kind whose unlisted territories keep their price (Apple has no call that removes one) declares
 * {@link AttributeSpec#asTerritoryPrices()}{@code .listedOnly()}: only the YAML's territories are compared and shown.
 *
 * @param prices territory → price text; a territory is three capital letters, a price a decimal number of at
 *               least zero
 */
public record TerritoryPrices(SortedMap<String, String> prices) {
    /** No territory priced. */
    public static final TerritoryPrices NONE = new TerritoryPrices(new TreeMap<>());

    public TerritoryPrices {
        Objects.requireNonNull(prices, "prices");
        prices.forEach((territory, price) -> {
            if (territory == null || !territory.matches("[A-Z]{3}")) {
                throw new IllegalArgumentException("territory must be a 3-letter code, got " + territory);
            }
            if (decimal(price).filter(p -> p.signum() >= 0).isEmpty()) {
                throw new IllegalArgumentException(territory + ": a price is a decimal number of at least 0, got "
                        + price);
            }
        });
        prices = Collections.unmodifiableSortedMap(new TreeMap<>(prices));
    }

    /** Prices as territory → text. */
    public static TerritoryPrices of(Map<String, String> prices) {
        return new TerritoryPrices(new TreeMap<>(prices));
    }

    /** Prices as territory → amount, written in plain notation ({@code 700}, never {@code 7E+2}). */
    public static TerritoryPrices ofAmounts(Map<String, BigDecimal> amounts) {
        SortedMap<String, String> out = new TreeMap<>();
        amounts.forEach((territory, amount) -> out.put(territory, amount.toPlainString()));
        return new TerritoryPrices(out);
    }

    /** Prices as the store's YAML gives them ({@code prices: {USA: "9.99"}}). */
    public static TerritoryPrices of(Collection<TerritoryPrice> prices) {
        SortedMap<String, String> out = new TreeMap<>();
        prices.forEach(price -> out.put(price.territory(), price.price()));
        return new TerritoryPrices(out);
    }

    /** The value an attribute holds ({@link #json()}); JSON null or absent is {@link #NONE}. */
    public static TerritoryPrices of(JsonNode json) {
        if (json == null || json.isNull() || json.isMissingNode()) {
            return NONE;
        }
        if (!json.isObject()) {
            throw new IllegalArgumentException("territory prices are an object of territory → price, got " + json);
        }
        SortedMap<String, String> out = new TreeMap<>();
        json.propertyNames().forEach(territory -> out.put(territory, json.get(territory).asString()));
        return new TerritoryPrices(out);
    }

    /** As an attribute value: a JSON object of territory → price text, in territory order. */
    public ObjectNode json() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        prices.forEach(node::put);
        return node;
    }

    public Set<String> territories() {
        return prices.keySet();
    }

    public boolean isEmpty() {
        return prices.isEmpty();
    }

    /** The price in a territory, as a number. */
    public Optional<BigDecimal> amount(String territory) {
        return Optional.ofNullable(prices.get(territory)).map(BigDecimal::new);
    }

    /** Territory → price as numbers, in territory order. */
    public SortedMap<String, BigDecimal> amounts() {
        SortedMap<String, BigDecimal> out = new TreeMap<>();
        prices.forEach((territory, price) -> out.put(territory, new BigDecimal(price)));
        return out;
    }

    /** The same territories at the same prices (as numbers). */
    public boolean samePrices(TerritoryPrices other) {
        return territories().equals(other.territories()) && changedFrom(other).isEmpty();
    }

    /** The territories of this value whose price {@code live} lacks or has at another amount: where a write goes. */
    public Set<String> changedFrom(TerritoryPrices live) {
        Set<String> out = new TreeSet<>();
        prices.forEach((territory, price) -> {
            if (live.amount(territory).filter(now -> now.compareTo(new BigDecimal(price)) == 0).isEmpty()) {
                out.add(territory);
            }
        });
        return out;
    }

    /** Only the territories that pass {@code keep}. */
    public TerritoryPrices only(Predicate<String> keep) {
        SortedMap<String, String> out = new TreeMap<>(prices);
        out.keySet().removeIf(keep.negate());
        return new TerritoryPrices(out);
    }

    /** Whether two price texts are the same number (false when either is not a number). */
    public static boolean samePrice(String a, String b) {
        Optional<BigDecimal> x = decimal(a);
        Optional<BigDecimal> y = decimal(b);
        return x.isPresent() && y.isPresent() && x.get().compareTo(y.get()) == 0;
    }

    private static Optional<BigDecimal> decimal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
