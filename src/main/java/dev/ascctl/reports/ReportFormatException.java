package dev.ascctl.reports;

/** A report file that is not what its layout says (a missing column, a number that is not one), named by file and line. */
public final class ReportFormatException extends RuntimeException {
    public ReportFormatException(String message) {
        super(message);
    }
}
