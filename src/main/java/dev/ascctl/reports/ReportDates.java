package dev.ascctl.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Apple's report dates by frequency: DAILY {@code YYYY-MM-DD}, WEEKLY {@code YYYY-MM-DD} naming the week's Sunday (Sales
 * and Trends weeks run Monday to Sunday), MONTHLY {@code YYYY-MM}, YEARLY {@code YYYY}. Finance reports take Apple's
 * fiscal month as {@code YYYY-MM}.
 */
public final class ReportDates {
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private ReportDates() {
    }

    /**
     * The date unchanged when it is in the frequency's form.
     *
     * @throws ReportInputException naming the form expected, with an example
     */
    public static String check(String frequency, String date, String option) {
        String problem = switch (frequency) {
            case "DAILY" -> validDay(date) ? null : "a day, YYYY-MM-DD (e.g. 2026-03-02)";
            case "WEEKLY" -> {
                if (!validDay(date)) {
                    yield "the week's Sunday, YYYY-MM-DD (e.g. 2026-03-08)";
                }
                LocalDate d = LocalDate.parse(date);
                yield d.getDayOfWeek() == DayOfWeek.SUNDAY ? null : "the week's Sunday (Apple's weeks run Monday to"
                        + " Sunday): " + date + " is a " + d.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT)
                        + "; its week is " + d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            }
            case "MONTHLY" -> validMonth(date) ? null : "a month, YYYY-MM (e.g. 2026-03)";
            case "YEARLY" -> YEAR.matcher(date).matches() ? null : "a year, YYYY (e.g. 2025)";
            default -> throw new IllegalArgumentException(frequency);
        };
        if (problem != null) {
            throw new ReportInputException(option + " '" + date + "' is not in the form of a " + frequency
                    + " report: give " + problem + ".");
        }
        return date;
    }

    static boolean validDay(String date) {
        return valid(date, DAY, LocalDate::parse);
    }

    static boolean validMonth(String date) {
        return valid(date, MONTH, YearMonth::parse);
    }

    /** In the form, and a real date of it (no 2026-02-30, no 2026-13). */
    private static boolean valid(String date, Pattern form, Function<String, ?> parse) {
        if (!form.matcher(date).matches()) {
            return false;
        }
        try {
            parse.apply(date);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The first and last day a report date covers. */
    public static LocalDate[] span(String frequency, String date) {
        return switch (frequency) {
            case "DAILY" -> new LocalDate[]{LocalDate.parse(date), LocalDate.parse(date)};
            case "WEEKLY" -> new LocalDate[]{LocalDate.parse(date).minusDays(6), LocalDate.parse(date)};
            case "MONTHLY" -> new LocalDate[]{YearMonth.parse(date).atDay(1), YearMonth.parse(date).atEndOfMonth()};
            default -> new LocalDate[]{Year.parse(date).atDay(1), Year.parse(date).atMonth(12).atEndOfMonth()};
        };
    }
}
