package dev.ascctl.resource.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One row of a kind's table: the store (examples/store with this case's edits) and Apple's side (a recorded
 * {@link LiveFixture} with this case's edits) → exactly what the plan says for the kind: each change as
 * {@code ACTION address} followed by its calls ({@code METHOD path body}, with {@code '} for {@code "} in JSON),
 * each blocked difference as {@code BLOCKED address: reason}; or the problem that stops the plan
 * ({@code file:line:column: message}, the file relative to the store).
 */
public final class KindCase {
    /** A change to one file of the store: {@code from} replaced by {@code to}, or the whole file when from is null. */
    record Edit(String file, String from, String to) {
    }

    private final String fixture;
    private final String name;
    private final List<Edit> edits = new ArrayList<>();
    private final List<Consumer<LiveFixture>> live = new ArrayList<>();
    private List<String> expected;
    private String problem;

    private KindCase(String fixture, String name) {
        this.fixture = Objects.requireNonNull(fixture);
        this.name = Objects.requireNonNull(name);
    }

    /** A case on the recorded fixture {@code kinds/<fixture>.json} and examples/store. */
    public static KindCase on(String fixture, String name) {
        return new KindCase(fixture, name);
    }

    /** Replaces {@code from} (which must occur) by {@code to} in a store file, e.g. apps/notes/app.yaml. */
    public KindCase edit(String file, String from, String to) {
        edits.add(new Edit(file, Objects.requireNonNull(from), to));
        return this;
    }

    /** Writes a whole store file (null deletes it). */
    public KindCase file(String file, String text) {
        edits.add(new Edit(file, null, text));
        return this;
    }

    /** Changes Apple's side before reading. */
    public KindCase live(Consumer<LiveFixture> edit) {
        live.add(edit);
        return this;
    }

    /** The plan's lines for the kind, exactly and in order; none for "no changes". */
    public KindCase expect(String... lines) {
        this.expected = List.of(lines);
        return this;
    }

    /** The plan stops with this problem, {@code file:line:column: message}. */
    public KindCase refused(String problem) {
        this.problem = problem;
        return this;
    }

    String name() {
        return name;
    }

    List<Edit> edits() {
        return edits;
    }

    LiveFixture fixture() {
        LiveFixture out = LiveFixture.of(fixture);
        live.forEach(e -> e.accept(out));
        return out;
    }

    List<String> expected() {
        if (expected == null && problem == null) {
            throw new IllegalStateException(name + ": say what the plan should be (expect or refused)");
        }
        return expected;
    }

    String problem() {
        return problem;
    }

    @Override
    public String toString() {
        return name;
    }
}
