package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.rules.NominationRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Featuring nominations end to end (issue 13 scope 5): a nomination in the app's nominations.yaml is drafted by one
 * POST, then edited and submitted by one PATCH, each apply converging with every exchange conformant. Going back to
 * draft and any change to an archived nomination are listed apart with the reason and never sent.
 */
@SandboxStore
class NominationEndToEndIT {
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) {
        this.fixture = fixture;
        store = fixture.store();
    }

    private void write(String description, String submitted) throws IOException {
        Files.writeString(store.resolve("apps/notes/nominations.yaml"), """
                Notes 2.0 launch:
                  type: APP_ENHANCEMENTS
                  description: "%s"
                  publishStartDate: 2027-03-01
                  publishEndDate: 2027-03-31
                  deviceFamilies: [IPHONE, IPAD]
                  locales: [en-US, de-DE]
                  supportedTerritories: [USA, DEU]
                  hasInAppEvents: false
                  notes: Embargo until 9am PT
                %s""".formatted(description, submitted));
    }

    private StoredResource nomination() {
        List<StoredResource> found = fixture.sandbox.state().all(NominationRules.TYPE);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** Applies, checks the writes sent and their conformance, then that the plan after it is clean. */
    private String apply(String... writes) {
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        List<RecordedExchange> log = fixture.sandbox.requestLog().list();
        assertThat(log.stream().filter(RecordedExchange::isWrite).filter(w -> w.path().contains("/nominations"))
                .map(w -> w.method() + " "
                + w.path().replaceAll("/nominations/[^/]+", "/nominations/{id}"))).as(apply.out())
                .containsExactly(writes);
        OpenApiConformance.assertConforms(log);
        fixture.sandbox.requestLog().clear();
        var plan = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        return apply.out();
    }

    @Test
    void draftedThenSubmittedEachInOneApplyAndArchivedOnesListedApart() throws IOException {
        write("Widgets and sync.", "");
        var planned = fixture.run("plan", "--store", store.toString());
        assertThat(planned.out()).contains("app[com.example.notes].nomination[Notes 2.0 launch] will be created");
        apply("POST /v1/nominations");
        StoredResource draft = nomination();
        assertThat(draft.attribute("state")).isEqualTo("DRAFT");
        assertThat(draft.attribute("publishStartDate")).isEqualTo("2027-03-01T00:00:00Z");
        assertThat(draft.related("relatedApps")).containsExactly(fixture.sandbox.state()
                .find("apps", a -> "com.example.notes".equals(a.get("bundleId"))).orElseThrow().id());
        assertThat(draft.related("supportedTerritories")).containsExactlyInAnyOrder("USA", "DEU");

        write("Widgets, sync and a new editor.", "  submitted: true\n");
        var submit = fixture.run("plan", "--store", store.toString());
        assertThat(submit.out()).contains("submitted").contains("Widgets, sync and a new editor.");
        apply("PATCH /v1/nominations/{id}");
        assertThat(nomination().attribute("state")).isEqualTo("SUBMITTED");
        assertThat(nomination().attribute("description")).isEqualTo("Widgets, sync and a new editor.");

        // Back to draft: Apple has no such write; listed apart, nothing sent.
        write("Widgets, sync and a new editor.", "  submitted: false\n");
        var back = fixture.run("plan", "--store", store.toString());
        assertThat(back.out()).contains("cannot go back to draft");
        apply();
        assertThat(nomination().attribute("state")).isEqualTo("SUBMITTED");

        // Archived in App Store Connect: its changes are listed apart with the reason, never sent.
        fixture.sandbox.state().patchAttributes(NominationRules.TYPE, nomination().id(), Map.of("state", "ARCHIVED"));
        write("Widgets only.", "  submitted: true\n");
        var archived = fixture.run("plan", "--store", store.toString());
        assertThat(archived.exitCode()).as(archived.toString()).isZero();
        assertThat(archived.out()).contains("is archived: App Store Connect changes no archived nomination");
        apply();
        assertThat(nomination().attribute("description")).isEqualTo("Widgets, sync and a new editor.");
    }
}
