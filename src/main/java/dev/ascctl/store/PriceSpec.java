package dev.ascctl.store;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A price as a customer sees it in one territory; ascctl resolves it to Apple's price point.
 *
 * <pre>{@code
 * price: {territory: USA, price: "4.99"}
 * }</pre>
 *
 * @param territory Apple's three-letter territory code
 * @param price     the customer price in the territory's currency, never negative
 * @param mark      where the price is written, for "no such price point" messages
 */
public record PriceSpec(String territory, BigDecimal price, Mark mark) {
    private static final Pattern TERRITORY = Pattern.compile("[A-Z]{3}");

    public PriceSpec {
        if (territory == null || !TERRITORY.matcher(territory).matches()) {
            throw new IllegalArgumentException("territory must be a three-letter code like USA, got " + territory);
        }
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(mark, "mark");
        if (price.signum() < 0) {
            throw new IllegalArgumentException("a price cannot be negative: " + price);
        }
    }
}
