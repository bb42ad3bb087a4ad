package dev.ascctl.sandbox.reports;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The days one report covers: a day, a week (Monday to Sunday, named by its Sunday, as Apple's Sales and Trends weeks
 * are), a calendar month or a year. Finance reports are named by Apple's fiscal month; the sandbox uses calendar
 * months for them (Apple's 4-4-5 week fiscal calendar is not simulated).
 */
public record ReportPeriod(String frequency, LocalDate first, LocalDate last) {

    /** The period {@code reportDate} names for the frequency, or empty when it is not in the frequency's form. */
    public static Optional<ReportPeriod> parse(String frequency, String reportDate) {
        try {
            return Optional.ofNullable(switch (frequency) {
                case "DAILY" -> reportDate.length() == 10 ? day(LocalDate.parse(reportDate)) : null;
                case "WEEKLY" -> {
                    LocalDate d = reportDate.length() == 10 ? LocalDate.parse(reportDate) : null;
                    yield d != null && d.getDayOfWeek() == DayOfWeek.SUNDAY ? week(d) : null;
                }
                case "MONTHLY" -> reportDate.length() == 7 ? month(YearMonth.parse(reportDate)) : null;
                case "YEARLY" -> reportDate.length() == 4 ? year(Year.parse(reportDate)) : null;
                default -> null;
            });
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The newest complete period of the frequency ending on or before {@code through}. */
    public static ReportPeriod latest(String frequency, LocalDate through) {
        return switch (frequency) {
            case "DAILY" -> day(through);
            case "WEEKLY" -> week(through.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY)));
            case "MONTHLY" -> {
                YearMonth m = YearMonth.from(through);
                yield month(through.equals(m.atEndOfMonth()) ? m : m.minusMonths(1));
            }
            case "YEARLY" -> {
                Year y = Year.from(through);
                yield year(through.equals(y.atMonthDay(java.time.MonthDay.of(12, 31))) ? y : y.minusYears(1));
            }
            default -> throw new IllegalArgumentException(frequency);
        };
    }

    public static ReportPeriod day(LocalDate d) {
        return new ReportPeriod("DAILY", d, d);
    }

    public static ReportPeriod week(LocalDate sunday) {
        return new ReportPeriod("WEEKLY", sunday.minusDays(6), sunday);
    }

    public static ReportPeriod month(YearMonth m) {
        return new ReportPeriod("MONTHLY", m.atDay(1), m.atEndOfMonth());
    }

    public static ReportPeriod year(Year y) {
        return new ReportPeriod("YEARLY", y.atDay(1), y.atMonthDay(java.time.MonthDay.of(12, 31)));
    }
}
