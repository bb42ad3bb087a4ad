package dev.ascctl.reports;

/** A report asked for wrongly (an unknown type, a date not in its frequency's form, no vendor number): no request. */
public final class ReportInputException extends IllegalArgumentException {
    public ReportInputException(String message) {
        super(message);
    }
}
