package dev.ascctl.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

/**
 * The figures of {@code ascctl reports summary}, from the daily SALES SUMMARY files of a synced folder (streamed, one
 * row at a time): units, proceeds per currency and in one chosen currency, refunds, and the lines grouped by app,
 * territory, product or day. Proceeds of a row are its Units × Developer Proceeds (Apple writes proceeds per unit; a
 * refund has negative units). Exchange rates come from the newest FINANCIAL ZZ file that carries a rate for the
 * currency ({@code Exchange Rate} to {@code Bank Account Currency}); a currency without one is listed, not guessed.
 */
public final class ReportSummary {
    /** How lines are grouped. */
    public enum By { APP, TERRITORY, PRODUCT, DAY }

    /** One group's figures. */
    public record Line(String key, BigDecimal units, BigDecimal refunds, Map<String, BigDecimal> proceeds,
                       BigDecimal converted) {
    }

    /** The whole summary. {@code missingRates} are currencies left out of {@code converted}. */
    public record Summary(LocalDate from, LocalDate to, String currency, int days, BigDecimal units, BigDecimal refunds,
                          Map<String, BigDecimal> proceeds, Map<String, BigDecimal> refundProceeds, BigDecimal converted,
                          List<String> missingRates, Map<String, BigDecimal> rates, By by, List<Line> lines,
                          List<Line> topTerritories, List<Line> topProducts, Map<LocalDate, BigDecimal> unitsByDay,
                          Map<LocalDate, BigDecimal> convertedByDay) {
    }

    private ReportSummary() {
    }

    public static Summary of(Path dir, LocalDate from, LocalDate to, By by, String currency) {
        if (from.isAfter(to)) {
            throw new ReportInputException("--from " + from + " is after --to " + to + ".");
        }
        Map<String, BigDecimal> rates = rates(dir, currency);
        Map<String, Acc> groups = new TreeMap<>();
        Map<String, Acc> territories = new TreeMap<>();
        Map<String, Acc> products = new TreeMap<>();
        Map<LocalDate, BigDecimal> unitsByDay = new TreeMap<>();
        Map<LocalDate, BigDecimal> convertedByDay = new TreeMap<>();
        Acc total = new Acc();
        Map<String, BigDecimal> refundProceeds = new TreeMap<>();
        java.util.Set<String> missing = new java.util.TreeSet<>();
        Map<String, String> appTitles = new LinkedHashMap<>();
        int days = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            Path file = dir.resolve("sales/SALES_SUMMARY/DAILY/" + d + ".tsv.gz");
            if (!Files.isRegularFile(file)) {
                continue;
            }
            days++;
            LocalDate day = d;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16);
                 ReportReader reader = ReportReader.open(in, ReportLayout.SALES_SUMMARY, file.toString())) {
                reader.rows(row -> {
                    BigDecimal units = row.decimal("Units");
                    BigDecimal proceeds = units.multiply(row.decimal("Developer Proceeds"));
                    String cur = row.text("Currency of Proceeds");
                    BigDecimal rate = rates.get(cur);
                    if (rate == null && proceeds.signum() != 0) {
                        missing.add(cur);
                    }
                    BigDecimal converted = rate == null ? BigDecimal.ZERO : proceeds.multiply(rate);
                    String parent = row.text("Parent Identifier");
                    String app = parent.isEmpty() ? row.text("SKU") : parent;
                    if (parent.isEmpty()) {
                        appTitles.put(row.text("SKU"), row.text("Title"));
                    }
                    String key = switch (by) {
                        case APP -> app;
                        case TERRITORY -> row.text("Country Code");
                        case PRODUCT -> row.text("SKU");
                        case DAY -> day.toString();
                    };
                    for (Acc acc : List.of(total, groups.computeIfAbsent(key, k -> new Acc()),
                            territories.computeIfAbsent(row.text("Country Code"), k -> new Acc()),
                            products.computeIfAbsent(row.text("SKU"), k -> new Acc()))) {
                        acc.add(units, cur, proceeds, converted);
                    }
                    if (units.signum() < 0) {
                        refundProceeds.merge(cur, proceeds, BigDecimal::add);
                    }
                    unitsByDay.merge(day, units, BigDecimal::add);
                    convertedByDay.merge(day, converted, BigDecimal::add);
                });
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        if (days == 0) {
            throw new ReportInputException("No daily sales reports in " + dir + " from " + from + " to " + to
                    + ": sync them first (ascctl reports sync --into " + dir + ").");
        }
        List<Line> lines = new ArrayList<>();
        groups.forEach((k, a) -> lines.add(a.line(by == By.APP && appTitles.containsKey(k) ? appTitles.get(k) + " ("
                + k + ")" : k, currency)));
        if (by != By.DAY) {
            lines.sort(Comparator.comparing(Line::converted).reversed().thenComparing(Line::key));
        }
        return new Summary(from, to, currency, days, total.units, total.refunds, scaled(total.proceeds, currency),
                scaled(refundProceeds, currency), total.converted.setScale(2, RoundingMode.HALF_UP), List.copyOf(missing),
                rates, by, lines, top(territories, currency), top(products, currency), unitsByDay, convertedByDay);
    }

    private static List<Line> top(Map<String, Acc> accs, String currency) {
        return accs.entrySet().stream().map(e -> e.getValue().line(e.getKey(), currency))
                .sorted(Comparator.comparing(Line::converted).reversed().thenComparing(Line::key)).limit(5).toList();
    }

    private static Map<String, BigDecimal> scaled(Map<String, BigDecimal> byCurrency, String currency) {
        Map<String, BigDecimal> out = new TreeMap<>();
        byCurrency.forEach((k, v) -> out.put(k, v.setScale(k.equals("JPY") ? 0 : 2, RoundingMode.HALF_UP)));
        return out;
    }

    /**
     * Rate of each currency into {@code currency}, from the newest FINANCIAL ZZ files: a file's rates are into its bank
     * account currency; into another currency they are divided by that currency's own rate.
     */
    static Map<String, BigDecimal> rates(Path dir, String currency) {
        Map<String, BigDecimal> rates = new TreeMap<>();
        Path finance = dir.resolve("finance/FINANCIAL_ZZ");
        if (!Files.isDirectory(finance)) {
            rates.put(currency, BigDecimal.ONE);
            return rates;
        }
        List<Path> months;
        try (var files = Files.list(finance)) {
            months = files.filter(f -> f.toString().endsWith(".tsv.gz")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, BigDecimal> toBank = new TreeMap<>();
        String bank = null;
        for (Path month : months) { // oldest first: a newer month's rate replaces an older one
            try (InputStream in = new GZIPInputStream(Files.newInputStream(month));
                 ReportReader reader = ReportReader.open(in, ReportLayout.FINANCIAL, month.toString())) {
                for (ReportReader.Block block : reader.trailingBlocks()) {
                    if (!block.columns().contains("Exchange Rate")) {
                        continue;
                    }
                    for (List<String> row : block.rows()) {
                        String label = block.get(row, "Country or Region (Currency)");
                        int open = label.lastIndexOf('(');
                        String cur = open >= 0 ? label.substring(open + 1).replace(")", "").strip() : label.strip();
                        String rate = block.get(row, "Exchange Rate");
                        if (!rate.isBlank()) {
                            toBank.put(cur, new BigDecimal(rate));
                            bank = block.get(row, "Bank Account Currency");
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        BigDecimal chosen = currency.equals(bank) ? BigDecimal.ONE : toBank.get(currency);
        if (chosen == null) {
            rates.put(currency, BigDecimal.ONE);
            return rates;
        }
        toBank.forEach((cur, r) -> rates.put(cur, r.divide(chosen, 10, RoundingMode.HALF_UP)));
        rates.put(currency, BigDecimal.ONE);
        return rates;
    }

    private static final class Acc {
        BigDecimal units = BigDecimal.ZERO;
        BigDecimal refunds = BigDecimal.ZERO;
        final Map<String, BigDecimal> proceeds = new TreeMap<>();
        BigDecimal converted = BigDecimal.ZERO;

        void add(BigDecimal u, String cur, BigDecimal p, BigDecimal c) {
            units = units.add(u);
            if (u.signum() < 0) {
                refunds = refunds.add(u.negate());
            }
            proceeds.merge(cur, p, BigDecimal::add);
            converted = converted.add(c);
        }

        Line line(String key, String currency) {
            return new Line(key, units, refunds, scaled(proceeds, currency), converted.setScale(2, RoundingMode.HALF_UP));
        }
    }
}
