package dev.ascctl.resource.kinds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.plan.BlockedChange;
import dev.ascctl.plan.Plan;
import dev.ascctl.plan.PlanOptions;
import dev.ascctl.plan.Planner;
import dev.ascctl.plan.ResourceChange;
import dev.ascctl.resource.ExportedObject;
import dev.ascctl.resource.LiveState;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.ResourceKinds;
import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.store.ContactDefaultsInput;
import dev.ascctl.store.LoadResult;
import dev.ascctl.store.PlanTimeProblemException;
import dev.ascctl.store.SecretResolver;
import dev.ascctl.store.StoreLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The table-driven test of one kind, in memory: each {@link KindCase} plans examples/store (with the case's edits)
 * against a recorded live fixture (with the case's edits) with only this kind, and compares every line of the plan
 * with the table; each {@link ExportCase} compares what import writes. A subclass names the kind and its rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class KindTableTest {
    static final Path EXAMPLE_STORE = Path.of("examples/store");
    /** The secrets the store's references resolve to, as the recorder had them. */
    static final Map<String, String> ENV = Map.of("ASC_DEMO_PASSWORD", "fixture-password",
            "ASC_BETA_DEMO_PASSWORD", "fixture-password");

    /** The kind under test, new for each case. */
    protected abstract ResourceHandler<?> kind();

    /**
     * The kinds whose reads the kind under test relies on, itself included: the live reader asks every kind, and
     * some kinds read what another asked for (the purchase kinds share the reads the in-app purchases ask).
     */
    protected List<ResourceHandler<?>> readers(ResourceHandler<?> kind) {
        return List.of(kind);
    }

    /** What the plan says for each store and live state. */
    protected abstract List<KindCase> cases();

    /** What import writes for each live state; none for a kind import does not write. */
    protected List<ExportCase> exports() {
        return List.of();
    }

    @TestFactory
    Stream<DynamicTest> plans() {
        return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    @TestFactory
    Stream<DynamicTest> imports() {
        return exports().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    private void check(KindCase c) throws IOException {
        Path root = Files.createTempDirectory("ascctl-kind-");
        try {
            Path store = copy(EXAMPLE_STORE, root.resolve("store"));
            for (KindCase.Edit edit : c.edits()) {
                apply(store, edit);
            }
            SecretResolver secrets = new SecretResolver(store, ENV);
            LoadResult loaded = StoreLoader.load(store, ContactDefaultsInput.none(), secrets,
                    AllKinds.registry().storeRules());
            if (!loaded.ok()) {
                assertThat(c.problem()).as("the store does not load: " + loaded.problems()).isNotNull();
                assertThat(relative(store, loaded.problems().get(0).toString())).isEqualTo(c.problem());
                return;
            }
            ResourceHandler<?> kind = kind();
            LiveFixture fixture = c.fixture();
            Planner planner = new Planner(new ResourceKinds(List.of(kind)), secrets::resolve,
                    Clock.fixed(Instant.parse("2026-09-01T00:00:00Z"), ZoneOffset.UTC));
            if (c.problem() != null) {
                assertThatThrownBy(() -> planner.plan(loaded.store(), fixture.read(readers(kind), loaded.store()),
                        PlanOptions.all()))
                        .isInstanceOf(PlanTimeProblemException.class)
                        .satisfies(e -> assertThat(relative(store,
                                ((PlanTimeProblemException) e).problems().get(0).toString())).isEqualTo(c.problem()));
                return;
            }
            LiveState live = fixture.read(readers(kind), loaded.store());
            Plan plan = planner.plan(loaded.store(), live, PlanOptions.all());
            assertThat(lines(plan)).as("plan of " + kind.spec().name() + " on " + fixture)
                    .usingElementComparator(KindTableTest::compareLines)
                    .containsExactlyElementsOf(c.expected());
        } finally {
            delete(root);
        }
    }

    private void check(ExportCase c) {
        ResourceHandler<?> kind = kind();
        List<ExportedObject> exported = kind.export(c.fixture().readForExport(readers(kind)), "notes");
        List<String> lines = exported.stream().map(e -> e.storePath() + " " + quotes(LiveFixture.JSON.writeValueAsString(e.attributes()))
                + (e.sensitive().isEmpty() ? "" : " sensitive=" + new TreeSet<>(e.sensitive()))).toList();
        assertThat(lines).containsExactlyElementsOf(c.expected());
    }

    /** The plan as the table writes it. */
    static List<String> lines(Plan plan) {
        List<String> out = new ArrayList<>();
        for (ResourceChange change : plan.changes()) {
            out.add(change.action() + " " + change.address().value()
                    + (change.reason() == null ? "" : " (" + change.reason() + ")"));
            for (ApiCall call : change.calls()) {
                out.add(call.method() + " " + call.path() + (call.body() == null ? "" : " " + quotes(call.body().toString()))
                        + (call.upload() == null ? "" : " upload " + call.upload()));
            }
        }
        for (BlockedChange blocked : plan.blocked()) {
            out.add("BLOCKED " + blocked.address().value() + ": " + blocked.reason());
        }
        return out;
    }

    /**
     * Lines are equal when their text is, or when they are the same call with bodies that are the same JSON: the
     * order of keys in a JSON object means nothing to Apple, so a table need not follow it.
     */
    static int compareLines(String actual, String expected) {
        if (actual.equals(expected)) {
            return 0;
        }
        int a = actual.indexOf(" {");
        int e = expected.indexOf(" {");
        if (a < 0 || a != e || !actual.substring(0, a).equals(expected.substring(0, e))) {
            return actual.compareTo(expected);
        }
        try {
            JsonNode left = LiveFixture.JSON.readTree(actual.substring(a + 1).replace('\'', '"'));
            JsonNode right = LiveFixture.JSON.readTree(expected.substring(e + 1).replace('\'', '"'));
            return left.equals(right) ? 0 : actual.compareTo(expected);
        } catch (RuntimeException notJson) {
            return actual.compareTo(expected);
        }
    }

    static String quotes(String json) {
        return json.replace('"', '\'');
    }

    private static String relative(Path store, String problem) {
        return problem.replace(store.toString() + "/", "");
    }

    private static void apply(Path store, KindCase.Edit edit) throws IOException {
        Path file = store.resolve(edit.file());
        if (edit.from() == null) {
            if (edit.to() == null) {
                Files.delete(file);
            } else {
                Files.createDirectories(file.getParent());
                Files.writeString(file, edit.to());
            }
            return;
        }
        String text = Files.readString(file);
        if (!text.contains(edit.from())) {
            throw new IllegalArgumentException(edit.file() + " has no '" + edit.from() + "'");
        }
        Files.writeString(file, text.replace(edit.from(), edit.to()));
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to;
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
