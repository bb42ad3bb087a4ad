package dev.ascctl.cli;

/** The exit codes of DESIGN 2, in one place. */
public final class ExitCode {
    /** Success, or no changes. */
    public static final int OK = 0;
    /** Any error, invalid input and usage errors included (picocli's usage default of 2 is overridden). */
    public static final int ERROR = 1;
    /** Changes present: with {@code --detailed-exitcode}, and always for {@code drift} when there is drift. */
    public static final int CHANGES = 2;

    private ExitCode() {
    }
}
