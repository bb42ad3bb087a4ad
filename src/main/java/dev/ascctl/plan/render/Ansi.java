package dev.ascctl.plan.render;

/** Terraform's colours for marks on a terminal: green for added, yellow for changed, red for removed. */
final class Ansi {
    private static final String GREEN = "\u001b[32m";
    private static final String YELLOW = "\u001b[33m";
    private static final String RED = "\u001b[31m";
    private static final String RESET = "\u001b[0m";

    private Ansi() {
    }

    /** A mark in its colour; {@code -/+} gets a red minus and a green plus. */
    static String mark(Mark mark) {
        return switch (mark) {
            case NONE -> "";
            case ADD -> GREEN + "+" + RESET;
            case CHANGE -> YELLOW + "~" + RESET;
            case REMOVE -> RED + "-" + RESET;
            case REPLACE -> RED + "-" + RESET + "/" + GREEN + "+" + RESET;
        };
    }
}
