package dev.ascctl.asc;

import java.time.Duration;

/** The command's total network deadline passed (see {@link NetworkBounds#deadline()}); nothing more is sent. */
public class DeadlineExceededException extends AscException {
    public DeadlineExceededException(Duration deadline, String doing) {
        super("Stopped: this command's network deadline of " + human(deadline) + " passed (" + doing + ")."
                + " Nothing more was sent; run plan again to see where things stand. A slow link or a large"
                + " change may need more time: --deadline, or network.deadline in config/ascctl.yaml.");
    }

    static String human(Duration d) {
        if (d.toMillis() < 1000) {
            return d.toMillis() + " ms";
        }
        if (d.toSeconds() < 120) {
            return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s"
                    : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        return d.toMinutes() + " min";
    }
}
