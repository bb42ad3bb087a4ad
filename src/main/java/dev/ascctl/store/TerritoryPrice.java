package dev.ascctl.store;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One territory's customer price, as a subscription's {@code prices} map gives it. Whether the price is one of
 * Apple's price points is known only with the product's points, so it is checked when planning, not here.
 *
 * <pre>{@code
 * prices: {USA: "9.99", GBR: "8.99"}   # two TerritoryPrice values
 * }</pre>
 *
 * @param territory Apple's TerritoryCode (ISO 3166-1 alpha-3), e.g. {@code USA}
 * @param price     the customer price as written, a decimal string
 * @param mark      where the price is written, for the plan's "no such price point" problem
 */
public record TerritoryPrice(String territory, String price, Mark mark) {
    public TerritoryPrice {
        if (territory == null || !territory.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("territory must be a 3-letter code, got " + territory);
        }
        if (price == null || !price.matches("[0-9]+(\\.[0-9]{1,2})?")) {
            throw new IllegalArgumentException("price must be a decimal like 9.99, got " + price);
        }
        Objects.requireNonNull(mark, "mark");
    }

    /** The price as a number, so "5" and "5.00" are the same price. */
    public BigDecimal amount() {
        return new BigDecimal(price);
    }
}
