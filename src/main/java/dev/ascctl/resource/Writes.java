package dev.ascctl.resource;

import dev.ascctl.asc.ApiCall;
import java.util.List;

/**
 * The writes of one change and the values they need that are known only after apply ({@link KnownAfterApply}):
 * every {@code {{after:NAME}}} a call carries has its lookup here, and every lookup is used.
 *
 * @param calls   the writes, in order
 * @param lookups the values read after the writes this change waits for, in order
 */
public record Writes(List<ApiCall> calls, List<KnownAfterApply> lookups) {
    public Writes {
        calls = List.copyOf(calls);
        lookups = lookups == null ? List.of() : List.copyOf(lookups);
        KnownAfterApply.requireMatching(calls, lookups);
    }

    /** Writes whose values are all known now. */
    public static Writes of(List<ApiCall> calls) {
        return new Writes(calls, List.of());
    }
}
