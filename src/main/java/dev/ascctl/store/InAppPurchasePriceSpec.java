package dev.ascctl.store;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An in-app purchase's price as purchases.yaml gives it: a base territory and the price customers pay there, and
 * optionally prices set by hand in other territories. Apple equalizes every territory not listed from the base.
 * Whether a price is one of Apple's price points is known only with the product's points, so it is checked when
 * planning, not here.
 *
 * <pre>{@code
 * price: {territory: USA, price: "4.99", territories: {JPN: "700", GBR: "4.49"}}
 * }</pre>
 *
 * @param territory   Apple's TerritoryCode (ISO 3166-1 alpha-3), e.g. {@code USA}
 * @param price       the customer price as written, a decimal string
 * @param mark        where the price is written, for the plan's "no such price point" problem
 * @param territories the other territories priced by hand, by territory code (sorted), never the base territory
 */
public record InAppPurchasePriceSpec(String territory, String price, Mark mark,
                                     SortedMap<String, Listed> territories) {
    public InAppPurchasePriceSpec {
        requireTerritory(territory);
        requirePrice(price);
        Objects.requireNonNull(mark, "mark");
        territories = Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(territories, "territories")));
        territories.keySet().forEach(InAppPurchasePriceSpec::requireTerritory);
        if (territories.containsKey(territory)) {
            throw new IllegalArgumentException("the base territory " + territory + " cannot also be listed");
        }
    }

    /** A price in the base territory only; Apple equalizes all others. */
    public InAppPurchasePriceSpec(String territory, String price, Mark mark) {
        this(territory, price, mark, new TreeMap<>());
    }

    /**
     * A territory's price set by hand.
     *
     * @param price the customer price as written, a decimal string
     * @param mark  where it is written
     */
    public record Listed(String price, Mark mark) {
        public Listed {
            requirePrice(price);
            Objects.requireNonNull(mark, "mark");
        }

        /** The price as a number. */
        public BigDecimal amount() {
            return new BigDecimal(price);
        }
    }

    /** The price as a number, so "5" and "5.00" are the same price. */
    public BigDecimal amount() {
        return new BigDecimal(price);
    }

    /** Every manual price: the base territory's first, then the listed ones, as territory → price. */
    public Map<String, BigDecimal> manualPrices() {
        Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
        out.put(territory, amount());
        territories.forEach((code, listed) -> out.put(code, listed.amount()));
        return out;
    }

    /** Where the price of a manual territory is written. */
    public Mark markOf(String code) {
        return code.equals(territory) ? mark : territories.get(code).mark();
    }

    private static void requireTerritory(String code) {
        if (code == null || !code.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("territory must be a 3-letter code, got " + code);
        }
    }

    private static void requirePrice(String price) {
        if (price == null || !price.matches("[0-9]+(\\.[0-9]{1,2})?")) {
            throw new IllegalArgumentException("price must be a decimal like 4.99, got " + price);
        }
    }
}
