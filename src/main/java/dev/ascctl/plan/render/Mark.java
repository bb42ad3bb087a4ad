package dev.ascctl.plan.render;

import dev.ascctl.plan.Action;

/**
 * The symbol at the start of a plan line: what happens to an object, an attribute or a line of long text.
 * {@link #diffSymbol} is the symbol in a markdown {@code diff} fence, where GitHub colours a line by its first
 * character: {@code +} green, {@code -} red, {@code !} orange (so {@code ~} becomes {@code !}).
 */
enum Mark {
    NONE("", ""),
    ADD("+", "+"),
    CHANGE("~", "!"),
    REMOVE("-", "-"),
    REPLACE("-/+", "-/+");

    final String symbol;
    final String diffSymbol;

    Mark(String symbol, String diffSymbol) {
        this.symbol = symbol;
        this.diffSymbol = diffSymbol;
    }

    static Mark of(Action action) {
        return switch (action) {
            case CREATE -> ADD;
            case UPDATE -> CHANGE;
            case DELETE -> REMOVE;
            case REPLACE -> REPLACE;
        };
    }
}
