package dev.ascctl.apply;

/** What happened to one planned change. */
public enum Outcome {
    /** Every call succeeded. */
    APPLIED,
    /** A create's response was lost, but re-reading found the object: it exists as planned. */
    ADOPTED,
    /** A call failed; the message says what Apple answered. */
    FAILED,
    /** Not attempted, because a change it depends on failed. */
    SKIPPED
}
