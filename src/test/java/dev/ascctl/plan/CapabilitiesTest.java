package dev.ascctl.plan;

import static dev.ascctl.plan.PlanFixtures.attrs;
import static dev.ascctl.plan.PlanFixtures.app;
import static dev.ascctl.plan.PlanFixtures.live;
import static dev.ascctl.plan.PlanFixtures.locale;
import static dev.ascctl.plan.PlanFixtures.prune;
import static dev.ascctl.plan.PlanFixtures.store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ascctl.asc.ApiCall;
import dev.ascctl.resource.Address;
import dev.ascctl.resource.Creatable;
import dev.ascctl.resource.Deletable;
import dev.ascctl.resource.DesiredObject;
import dev.ascctl.resource.KindKey;
import dev.ascctl.resource.KindSpec;
import dev.ascctl.resource.LiveApp;
import dev.ascctl.resource.LiveObject;
import dev.ascctl.resource.ResourceHandler;
import dev.ascctl.resource.ResourceKinds;
import dev.ascctl.resource.Updatable;
import dev.ascctl.store.AppSpec;
import dev.ascctl.store.Attributes;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** What a kind can do is what it implements of Creatable, Updatable and Deletable; the planner plans nothing else. */
class CapabilitiesTest {
    record NoteKey(String bundleId, String name) implements KindKey {
        @Override
        public Address address() {
            return Address.app(bundleId).child("note", name);
        }
    }

    /** Desires notes a (missing live) and b (changed); live has b and c (not desired, pruned with "locales"). */
    static class ReadOnlyNotes implements ResourceHandler<NoteKey> {
        private final String pruneKey;

        ReadOnlyNotes(String pruneKey) {
            this.pruneKey = pruneKey;
        }

        @Override
        public KindSpec spec() {
            return new KindSpec("note", 99, pruneKey);
        }

        @Override
        public List<DesiredObject<NoteKey>> desired(AppSpec app) {
            return List.of(note(app, "a", "new"), note(app, "b", "new"));
        }

        private DesiredObject<NoteKey> note(AppSpec app, String name, String text) {
            return new DesiredObject<>(new NoteKey(app.bundleId(), name), "note", "apps.notes.note." + name,
                    Map.of("text", text(text)), Set.of(), null);
        }

        @Override
        public List<LiveObject<NoteKey>> live(LiveApp app, AppSpec spec) {
            return List.of(new LiveObject<>(new NoteKey(spec.bundleId(), "b"), "note", "n-b", Map.of("text", text("old")), null),
                    new LiveObject<>(new NoteKey(spec.bundleId(), "c"), "note", "n-c", Map.of("text", text("old")), null));
        }
    }

    static final class WritableNotes extends ReadOnlyNotes
            implements Creatable<NoteKey>, Updatable<NoteKey>, Deletable<NoteKey> {
        WritableNotes() {
            super("locales");
        }

        @Override
        public List<ApiCall> create(DesiredObject<NoteKey> desired, LiveApp app) {
            return List.of(ApiCall.post("/v1/notes", JsonNodeFactory.instance.objectNode()));
        }

        @Override
        public List<ApiCall> update(DesiredObject<NoteKey> desired, LiveObject<NoteKey> live,
                                    Map<String, JsonNode> changed, LiveApp app) {
            return List.of(ApiCall.patch("/v1/notes/" + live.id(), JsonNodeFactory.instance.objectNode()));
        }

        @Override
        public List<ApiCall> delete(LiveObject<NoteKey> live, LiveApp app) {
            return List.of(ApiCall.delete("/v1/notes/" + live.id()));
        }
    }

    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.stringNode(value);
    }

    private static Plan plan(ResourceHandler<?> kind) {
        Planner planner = new Planner(new ResourceKinds(List.of(kind)), ref -> ref, Clock.systemUTC());
        return planner.plan(store(prune(true), app(attrs("{\"versionString\": \"1.0\"}"), Attributes.empty(), Attributes.empty(),
                locale("en-US", "{}", "{}"))), live("PREPARE_FOR_SUBMISSION", false), PlanOptions.all());
    }

    @Test
    void aKindThatImplementsNoCapabilityIsOnlyReadAndItsChangesAreRefused() {
        Plan plan = plan(new ReadOnlyNotes(null));
        assertThat(plan.changes()).isEmpty();
        assertThat(plan.blocked()).extracting(b -> b.address().value() + ": " + b.reason()).containsExactly(
                "app[com.example.notes].note[a]: note objects cannot be created through Apple's API",
                "app[com.example.notes].note[b]: note objects cannot be changed through Apple's API");
    }

    @Test
    void aKindPlansWhatItsCapabilitiesAllow() {
        Plan plan = plan(new WritableNotes());
        assertThat(plan.blocked()).isEmpty();
        assertThat(plan.changes()).extracting(c -> c.action() + " " + c.address().value() + " "
                + c.calls().get(0).method() + " " + c.calls().get(0).path()).containsExactly(
                "CREATE app[com.example.notes].note[a] POST /v1/notes",
                "UPDATE app[com.example.notes].note[b] PATCH /v1/notes/n-b",
                "DELETE app[com.example.notes].note[c] DELETE /v1/notes/n-c");
    }

    @Test
    void aPruneKeyNeedsADeletableKind() {
        assertThatThrownBy(() -> new ResourceKinds(List.of(new ReadOnlyNotes("locales"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("note: a prune key needs a Deletable");
    }
}
