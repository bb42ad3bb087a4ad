package dev.ascctl.plan;

import static dev.ascctl.plan.PlanFixtures.appWith;
import static dev.ascctl.plan.PlanFixtures.attrs;
import static dev.ascctl.plan.PlanFixtures.live;
import static dev.ascctl.plan.PlanFixtures.prune;
import static dev.ascctl.plan.PlanFixtures.store;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.resource.Address;
import dev.ascctl.resource.ManualStep;
import dev.ascctl.resource.registry.AllKinds;
import dev.ascctl.resource.kinds.AgeRatingHandler;
import dev.ascctl.store.Attributes;
import dev.ascctl.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The checklist at the end of a plan: what is still open live, after what the YAML will set. */
class ManualStepsTest {
    private final Planner planner = new Planner(AllKinds.registry(), ref -> ref,
            Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));

    private static final Attributes VERSION_1_0 = attrs("{\"versionString\": \"1.0\"}");

    private Plan plan(Store store, String versionState, PlanOptions options) {
        return planner.plan(store, live(versionState, false), options);
    }

    private static List<String> addresses(Plan plan) {
        return plan.manualSteps().stream().map(s -> s.address().value()).toList();
    }

    @Test
    void listsEachRequiredValueThatIsUnsetLiveAndNotInTheYaml() {
        Plan plan = plan(store(prune(false), appWith(Attributes.empty(), Attributes.empty(), Attributes.empty(),
                VERSION_1_0)), "PREPARE_FOR_SUBMISSION", PlanOptions.all());

        assertThat(plan.manualSteps()).extracting(ManualStep::address, ManualStep::where).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Address.app("com.example.notes"),
                        "App Store Connect → App Information → Content Rights"),
                org.assertj.core.groups.Tuple.tuple(Address.app("com.example.notes").child("categories"),
                        "App Store Connect → App Information → Category"),
                org.assertj.core.groups.Tuple.tuple(Address.app("com.example.notes").child("ageRating"),
                        "App Store Connect → App Information → Age Rating"));
        // The fixture answers gambling and violenceRealistic live: the other 12 are named.
        ManualStep ageRating = plan.manualSteps().get(2);
        assertThat(ageRating.step()).startsWith("answer 12 of 14 age rating questions (alcoholTobaccoOrDrugUseOrReferences, ")
                .doesNotContain("gambling,").doesNotContain("violenceRealistic,")
                .endsWith("), or set them under ageRating in app.yaml");
        // Nothing to submit, so no App Privacy reminder; steps are not changes.
        assertThat(addresses(plan)).noneMatch(a -> a.endsWith(".submission"));
        assertThat(plan.hasChanges()).isFalse();
    }

    @Test
    void whatTheYamlSetsClosesTheStep() {
        String allAnswers = AgeRatingHandler.REQUIRED_QUESTIONS.stream()
                .map(q -> "\"" + q + "\": " + (q.equals("gambling") || q.equals("contests") ? "false" : "\"NONE\""))
                .collect(Collectors.joining(", ", "{", "}"));
        Plan plan = plan(store(prune(false), appWith(
                attrs("{\"contentRightsDeclaration\": \"DOES_NOT_USE_THIRD_PARTY_CONTENT\"}"),
                attrs("{\"primary\": \"PRODUCTIVITY\"}"), attrs(allAnswers), VERSION_1_0)),
                "PREPARE_FOR_SUBMISSION", PlanOptions.all());

        assertThat(plan.manualSteps()).isEmpty();
        assertThat(plan.changes()).extracting(c -> c.address().value()).contains("app[com.example.notes]",
                "app[com.example.notes].categories", "app[com.example.notes].ageRating");
    }

    @Test
    void anExplicitNullInTheYamlLeavesTheStepOpen() {
        Plan plan = plan(store(prune(false), appWith(attrs("{\"contentRightsDeclaration\": null}"),
                attrs("{\"primary\": null}"), attrs("{\"contests\": null}"), VERSION_1_0)),
                "PREPARE_FOR_SUBMISSION", PlanOptions.all());

        assertThat(addresses(plan)).containsExactly("app[com.example.notes]", "app[com.example.notes].categories",
                "app[com.example.notes].ageRating");
        assertThat(plan.manualSteps().get(2).step()).startsWith("answer 12 of 14");
    }

    @Test
    void aWantedSubmissionAddsTheAppPrivacyReminderUntilTheVersionIsSubmitted() {
        Attributes submit = attrs("{\"versionString\": \"1.0\", \"submitForReview\": true}");
        Store store = store(prune(false), appWith(Attributes.empty(), Attributes.empty(), Attributes.empty(), submit));

        Plan preparing = plan(store, "PREPARE_FOR_SUBMISSION", PlanOptions.all());
        assertThat(preparing.manualSteps()).filteredOn(s -> s.address().value().endsWith(".submission"))
                .hasSize(2).first().satisfies(step -> {
                    assertThat(step.address().value()).isEqualTo("app[com.example.notes].version[1.0].submission");
                    assertThat(step.where()).isEqualTo("App Store Connect → App Privacy");
                    assertThat(step.step()).contains("cannot read or set them");
                });
        // The icon comes with the build: a reminder, as App Privacy is (issue 13's new-app checklist).
        assertThat(preparing.manualSteps()).filteredOn(s -> s.address().value().endsWith(".submission")).last()
                .satisfies(step -> assertThat(step.step()).startsWith("check the App Store icon the build brings"));
        // Attaching the build is a readiness item of the submission, not a manual step.
        assertThat(preparing.manualSteps()).noneMatch(s -> s.step().contains("version.build"));
        assertThat(preparing.blocked()).anyMatch(b -> b.reason().contains("no build attached"));

        Plan submitted = plan(store, "WAITING_FOR_REVIEW", PlanOptions.all());
        assertThat(addresses(submitted)).noneMatch(a -> a.endsWith(".submission"));
    }

    @Test
    void targetsSelectTheSteps() {
        Store store = store(prune(false), appWith(Attributes.empty(), Attributes.empty(), Attributes.empty(),
                VERSION_1_0));
        Plan plan = plan(store, "PREPARE_FOR_SUBMISSION",
                new PlanOptions(List.of(Address.parse("app[com.example.notes].ageRating"))));

        assertThat(addresses(plan)).containsExactly("app[com.example.notes].ageRating");
    }

    @Test
    void stepsSurviveAPlanFileAndAnOlderPlanFileReadsAsNone() {
        Plan plan = plan(store(prune(false), appWith(Attributes.empty(), Attributes.empty(), Attributes.empty(),
                VERSION_1_0)), "PREPARE_FOR_SUBMISSION", PlanOptions.all());
        String json = PlanFile.toJson(plan);
        assertThat(json).contains("\"manualSteps\"");

        assertThat(PlanFile.fromJson(json)).isEqualTo(plan);
        var old = (tools.jackson.databind.node.ObjectNode) PlanFixtures.JSON.readTree(json);
        old.remove("manualSteps");
        assertThat(PlanFile.fromJson(old.toString()).manualSteps()).isEmpty();
        assertThat(PlanFile.fromJson(old.toString()).changes()).isEqualTo(plan.changes());
    }
}
