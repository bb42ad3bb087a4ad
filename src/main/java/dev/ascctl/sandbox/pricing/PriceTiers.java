package dev.ascctl.sandbox.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's price tier table for USA, GBR, DEU, FRA, JPN, CAN and AUS, generated from one rule so it is easy to
 * read and change. Apple publishes its grid as a table ("Pricing and availability", App Store Connect Help, 2023
 * price grid): US prices from 0.29 to 9.99 in steps of 0.10, to 49.99 in steps of 0.50, to 199.99 in steps of 1.00
 * (the sandbox stops at 199.99; Apple goes on to 10,000). Other territories are the US price times a fixed rate,
 * rounded to the local ending Apple uses (x.x9; whole tens of yen in Japan). Proceeds are 70% of the price after
 * the territory's VAT. Apple equalizes with live exchange rates; fixed rates keep the sandbox deterministic.
 *
 * <pre>{@code
 * PriceTiers.price("USA", 0)   // "0.29"
 * PriceTiers.price("GBR", 47)  // "4.09" (4.99 * 0.82, rounded to x.x9)
 * }</pre>
 */
public final class PriceTiers {
    /** Territory → {ISO 4217 currency, rate against USD, VAT rate, whether prices are whole (no cents)}. */
    private record Territory(String currency, double rate, double vat, boolean whole) {
    }

    private static final Map<String, Territory> TERRITORIES = new java.util.LinkedHashMap<>();

    static {
        TERRITORIES.put("USA", new Territory("USD", 1.0, 0.0, false));
        TERRITORIES.put("GBR", new Territory("GBP", 0.82, 0.20, false));
        TERRITORIES.put("DEU", new Territory("EUR", 0.95, 0.19, false));
        TERRITORIES.put("FRA", new Territory("EUR", 0.95, 0.20, false));
        TERRITORIES.put("JPN", new Territory("JPY", 150, 0.10, true));
        TERRITORIES.put("CAN", new Territory("CAD", 1.36, 0.0, false));
        TERRITORIES.put("AUS", new Territory("AUD", 1.52, 0.10, false));
    }

    private static final List<BigDecimal> USA = usaTiers();

    private PriceTiers() {
    }

    /** The territories with prices, in the order the sandbox lists them. */
    public static List<String> territories() {
        return List.copyOf(TERRITORIES.keySet());
    }

    public static boolean knows(String territory) {
        return TERRITORIES.containsKey(territory);
    }

    /** The territory's currency ({@code Territory.currency} in Apple's spec), e.g. "USD". */
    public static String currency(String territory) {
        return TERRITORIES.get(territory).currency();
    }

    public static int count() {
        return USA.size();
    }

    /** The customer price of a tier in a territory, as Apple writes it ("4.99", "750"). */
    public static String price(String territory, int tier) {
        Territory t = TERRITORIES.get(territory);
        BigDecimal usd = USA.get(tier);
        if (t.whole()) {
            BigDecimal yen = usd.multiply(BigDecimal.valueOf(t.rate())).divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP)
                    .multiply(BigDecimal.TEN);
            return yen.max(BigDecimal.TEN).toPlainString();
        }
        // Round to whole tenths, then end in 9: 4.09, 6.79, never below 0.19.
        BigDecimal tenths = usd.multiply(BigDecimal.valueOf(t.rate())).setScale(1, RoundingMode.HALF_UP);
        BigDecimal local = tenths.subtract(new BigDecimal("0.01")).max(new BigDecimal("0.19"));
        return local.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** What the developer receives for a tier: 70% of the price without VAT. */
    public static String proceeds(String territory, int tier) {
        Territory t = TERRITORIES.get(territory);
        BigDecimal net = new BigDecimal(price(territory, tier))
                .divide(BigDecimal.valueOf(1 + t.vat()), 6, RoundingMode.HALF_UP)
                .multiply(new BigDecimal("0.7"));
        return net.setScale(t.whole() ? 0 : 2, RoundingMode.HALF_DOWN).toPlainString();
    }

    /** The first tier whose price in the territory is exactly the given price (compared as numbers). */
    public static Optional<Integer> tierOf(String territory, String price) {
        BigDecimal wanted = new BigDecimal(price);
        for (int i = 0; i < USA.size(); i++) {
            if (new BigDecimal(price(territory, i)).compareTo(wanted) == 0) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static List<BigDecimal> usaTiers() {
        List<BigDecimal> out = new ArrayList<>();
        addSteps(out, "0.29", "9.99", "0.10");
        addSteps(out, "10.49", "49.99", "0.50");
        addSteps(out, "50.99", "199.99", "1.00");
        return Collections.unmodifiableList(out);
    }

    private static void addSteps(List<BigDecimal> out, String from, String to, String step) {
        for (BigDecimal p = new BigDecimal(from); p.compareTo(new BigDecimal(to)) <= 0; p = p.add(new BigDecimal(step))) {
            out.add(p);
        }
    }
}
