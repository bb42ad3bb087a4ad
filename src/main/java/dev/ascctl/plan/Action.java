package dev.ascctl.plan;

/** What a planned change does to one object, with Terraform's symbols and wording. */
public enum Action {
    CREATE("+", "will be created"),
    UPDATE("~", "will be updated in-place"),
    DELETE("-", "will be destroyed"),
    REPLACE("-/+", "must be replaced");

    private final String symbol;
    private final String phrase;

    Action(String symbol, String phrase) {
        this.symbol = symbol;
        this.phrase = phrase;
    }

    public String symbol() {
        return symbol;
    }

    /** e.g. "will be created". */
    public String phrase() {
        return phrase;
    }

    /** Terraform's JSON action names: create, update, delete, or [delete, create] for a replace. */
    public java.util.List<String> jsonActions() {
        return switch (this) {
            case CREATE -> java.util.List.of("create");
            case UPDATE -> java.util.List.of("update");
            case DELETE -> java.util.List.of("delete");
            case REPLACE -> java.util.List.of("delete", "create");
        };
    }
}
