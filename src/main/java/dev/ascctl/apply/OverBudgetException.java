package dev.ascctl.apply;

/** An apply needs more requests than its budget allows and may not stop part way; thrown before any write. */
public class OverBudgetException extends RuntimeException {
    public OverBudgetException(String message) {
        super(message);
    }
}
