package dev.ascctl.resource.kinds;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One row of a kind's export table: Apple's side (a recorded {@link LiveFixture} with edits) → exactly what
 * {@code ascctl import} writes for the kind, one line per object: {@code storePath {attributes}} (with {@code '} for
 * {@code "}), followed by {@code sensitive=[...]} when it names secrets.
 */
public final class ExportCase {
    private final String fixture;
    private final String name;
    private final List<Consumer<LiveFixture>> live = new ArrayList<>();
    private List<String> expected;

    private ExportCase(String fixture, String name) {
        this.fixture = Objects.requireNonNull(fixture);
        this.name = Objects.requireNonNull(name);
    }

    public static ExportCase on(String fixture, String name) {
        return new ExportCase(fixture, name);
    }

    public ExportCase live(Consumer<LiveFixture> edit) {
        live.add(edit);
        return this;
    }

    public ExportCase expect(String... lines) {
        this.expected = List.of(lines);
        return this;
    }

    String name() {
        return name;
    }

    LiveFixture fixture() {
        LiveFixture out = LiveFixture.of(fixture);
        live.forEach(e -> e.accept(out));
        return out;
    }

    List<String> expected() {
        return Objects.requireNonNull(expected, name + ": say what import writes");
    }

    @Override
    public String toString() {
        return name;
    }
}
