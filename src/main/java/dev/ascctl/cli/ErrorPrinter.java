package dev.ascctl.cli;

import dev.ascctl.store.PlanTimeProblemException;
import dev.ascctl.store.Problem;
import dev.ascctl.workflow.InvalidStoreException;
import java.io.PrintWriter;

/**
 * Turns any failure into readable lines on stderr: the one place errors are printed. Messages of our
 * exceptions are written to be shown (they never carry secrets); with {@code --debug} the stack trace follows.
 */
final class ErrorPrinter {
    private ErrorPrinter() {
    }

    static void print(Throwable error, PrintWriter err, boolean debug) {
        if (error instanceof InvalidStoreException invalid) {
            for (Problem problem : invalid.problems()) {
                err.println(problem);
            }
        }
        if (error instanceof PlanTimeProblemException planTime) {
            for (Problem problem : planTime.problems()) {
                err.println(problem);
            }
        }
        String message = error.getMessage();
        if (message == null || message.isBlank()) {
            message = error.getClass().getSimpleName();
        }
        err.println("Error: " + message);
        if (debug) {
            error.printStackTrace(err);
        }
        err.flush();
    }
}
