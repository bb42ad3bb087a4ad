package dev.ascctl.store;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with the store, with where it is. Messages name keys, locales and secret
 * references, never a secret value.
 *
 * <pre>{@code
 * apps/notes/locales/de-DE.yaml:2:1: unknown key 'subtitel' (did you mean 'subtitle'?)
 * }</pre>
 */
public record Problem(Mark mark, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.mark().file().toString())
            .thenComparingInt(p -> p.mark().line())
            .thenComparingInt(p -> p.mark().column())
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(mark, "mark");
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message");
        }
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        // Messages quote values and names from the files; whatever is in them reaches a terminal only cleaned.
        return mark + ": " + Printable.of(message);
    }
}
