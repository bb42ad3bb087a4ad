package dev.ascctl.apply;

import java.util.List;

/** A saved plan whose live objects changed since it was made: apply refuses it before any write. */
public final class StalePlanException extends RuntimeException {
    public StalePlanException(List<String> reasons) {
        super("Saved plan is stale: " + String.join("; ", reasons) + ". Run plan again and review the new plan.");
    }
}
