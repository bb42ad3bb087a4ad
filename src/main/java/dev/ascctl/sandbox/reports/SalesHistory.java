package dev.ascctl.sandbox.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's sales, generated from a seed so that every report of a day, week, month or year is the same on every
 * run and adds up across frequencies: three apps (a paid one, a free one with an in-app purchase and a monthly
 * subscription, a free game with consumables), eight territories in seven currencies, and refunds. A test computes
 * its expected sums from {@link #day} directly, independently of the report files and of the client's parser.
 *
 * <p>Prices and proceeds are per territory and fixed for the history (Apple's price tiers change rarely); proceeds are
 * the customer price without the territory's tax, less Apple's 30 % commission, rounded as the currency is.
 */
public final class SalesHistory {
    /** The seed {@code ascctl sandbox} serves when none is given. */
    public static final long DEFAULT_SEED = 16;

    /** An app or in-app product as the reports name it. */
    public record Product(String sku, String title, String productType, long appleId, String parentSku,
                          BigDecimal usdPrice, String subscriptionPeriod, String category) {
        public boolean isSubscription() {
            return "IAY".equals(productType);
        }
    }

    /** An App Store territory with its currency, tax included in prices, and a popularity weight. */
    public record Territory(String code, String currency, BigDecimal usdToLocal, BigDecimal tax, int weight, int scale) {
    }

    /**
     * Units of one product in one territory on one day; negative for refunds (Apple's sign convention: negative
     * units and customer price, positive per-unit proceeds).
     */
    public record Sale(LocalDate day, Product product, Territory territory, int units) {
        public boolean isRefund() {
            return units < 0;
        }

        public BigDecimal customerPrice() {
            BigDecimal price = localPrice(product, territory);
            return isRefund() ? price.negate() : price;
        }

        /** Proceeds per unit, always positive (as Apple writes them). */
        public BigDecimal proceedsPerUnit() {
            return proceeds(product, territory);
        }

        /** units × proceeds per unit: what this line earned (negative for refunds). */
        public BigDecimal proceedsTotal() {
            return proceedsPerUnit().multiply(BigDecimal.valueOf(units));
        }
    }

    public static final List<Product> PRODUCTS = List.of(
            new Product("NOTESPRO", "Notes Pro", "1F", 1_600_000_001L, "", new BigDecimal("4.99"), "", "Productivity"),
            new Product("HABITS", "Habit Tracker", "1F", 1_600_000_002L, "", BigDecimal.ZERO, "", "Health & Fitness"),
            new Product("habits.lifetime", "Habits Lifetime", "IA1", 1_600_000_003L, "HABITS", new BigDecimal("19.99"),
                    "", "Health & Fitness"),
            new Product("habits.pro.monthly", "Habits Pro Monthly", "IAY", 1_600_000_004L, "HABITS",
                    new BigDecimal("2.99"), "1 Month", "Health & Fitness"),
            new Product("PUZZLE", "Puzzle Quest", "1F", 1_600_000_005L, "", BigDecimal.ZERO, "", "Games"),
            new Product("puzzle.coins.500", "500 Coins", "IA1", 1_600_000_006L, "PUZZLE", new BigDecimal("0.99"), "",
                    "Games"));

    public static final List<Territory> TERRITORIES = List.of(
            new Territory("US", "USD", BigDecimal.ONE, BigDecimal.ZERO, 40, 2),
            new Territory("GB", "GBP", new BigDecimal("0.80"), new BigDecimal("0.20"), 12, 2),
            new Territory("DE", "EUR", new BigDecimal("0.93"), new BigDecimal("0.19"), 10, 2),
            new Territory("FR", "EUR", new BigDecimal("0.93"), new BigDecimal("0.20"), 7, 2),
            new Territory("JP", "JPY", new BigDecimal("150"), new BigDecimal("0.10"), 9, 0),
            new Territory("AU", "AUD", new BigDecimal("1.52"), new BigDecimal("0.10"), 6, 2),
            new Territory("CA", "CAD", new BigDecimal("1.36"), BigDecimal.ZERO, 8, 2),
            new Territory("CH", "CHF", new BigDecimal("0.88"), new BigDecimal("0.081"), 4, 2));

    /** Daily units at a territory weight of 100 (US is 40). */
    private static final int[] BASE_UNITS = {30, 120, 6, 15, 200, 25};

    private final long seed;

    public SalesHistory(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** Every sale and refund of a day, in product then territory order; never empty (free apps always download). */
    public List<Sale> day(LocalDate day) {
        List<Sale> sales = new ArrayList<>();
        double weekday = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY ? 1.3 : 1.0;
        // A slow growth over the years, so charts of a long history slope.
        double growth = 1.0 + (day.toEpochDay() % 3650) / 3650.0;
        for (int p = 0; p < PRODUCTS.size(); p++) {
            Product product = PRODUCTS.get(p);
            for (Territory territory : TERRITORIES) {
                long h = hash(day.toEpochDay(), p, territory.code().hashCode());
                double mean = BASE_UNITS[p] * territory.weight() / 100.0 * weekday * growth;
                int units = (int) Math.floor(mean * (0.5 + (h & 0xFFFF) / 65536.0));
                if (units > 0) {
                    sales.add(new Sale(day, product, territory, units));
                }
                boolean paid = product.usdPrice().signum() > 0;
                // About one paid line in 25 has a refund of one or two units the same day.
                if (paid && ((h >>> 16) & 0xFF) < 10) {
                    sales.add(new Sale(day, product, territory, -1 - (int) ((h >>> 24) & 1)));
                }
            }
        }
        return sales;
    }

    /** The customer price in the territory's currency, ending in .99 (whole yen in Japan). */
    public static BigDecimal localPrice(Product product, Territory territory) {
        if (product.usdPrice().signum() == 0) {
            return territory.scale() == 0 ? BigDecimal.ZERO : BigDecimal.ZERO.setScale(2);
        }
        BigDecimal raw = product.usdPrice().multiply(territory.usdToLocal());
        if (territory.scale() == 0) {
            return raw.divide(BigDecimal.TEN, 0, RoundingMode.HALF_UP).multiply(BigDecimal.TEN);
        }
        return raw.setScale(0, RoundingMode.HALF_UP).subtract(new BigDecimal("0.01")).max(new BigDecimal("0.99"));
    }

    /** Proceeds per unit: the price without tax, less 30 %. */
    public static BigDecimal proceeds(Product product, Territory territory) {
        BigDecimal price = localPrice(product, territory);
        return price.divide(BigDecimal.ONE.add(territory.tax()), 10, RoundingMode.HALF_UP)
                .multiply(new BigDecimal("0.70")).setScale(territory.scale(), RoundingMode.HALF_UP);
    }

    /** SplitMix64 over the seed and the keys: stable across JVMs and runs. */
    private long hash(long a, long b, long c) {
        long z = seed * 0x9E3779B97F4A7C15L + a * 0xBF58476D1CE4E5B9L + b * 0x94D049BB133111EBL + c;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return Math.abs(z ^ (z >>> 31));
    }
}
