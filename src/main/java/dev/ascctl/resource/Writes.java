package dev.ascctl.resource;

import dev.ascctl.asc.ApiCall;
import java.util.List;

/**
 * The writes of one change and the values they need that are known only after apply ({@link KnownAfterApply}):
 * every {@code {{after:NAME}}} a call carries has its lookup here, and every lookup is used.
 *
 * @param calls     the writes, in order
 * @param lookups   the values read after the writes this change waits for, in order
 * @param runsAfter objects whose changes in the same plan, if any, must finish first, beyond address nesting and
 *                  id references (e.g. a new subscription's price before its offers)
 */
public record Writes(List<ApiCall> calls, List<KnownAfterApply> lookups, List<Address> runsAfter) {
    public Writes {
        calls = List.copyOf(calls);
        lookups = lookups == null ? List.of() : List.copyOf(lookups);
        runsAfter = runsAfter == null ? List.of() : List.copyOf(runsAfter);
        KnownAfterApply.requireMatching(calls, lookups);
    }

    public Writes(List<ApiCall> calls, List<KnownAfterApply> lookups) {
        this(calls, lookups, List.of());
    }

    /** Writes whose values are all known now. */
    public static Writes of(List<ApiCall> calls) {
        return new Writes(calls, List.of());
    }
}
