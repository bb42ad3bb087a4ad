package dev.ascctl.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ascctl.conformance.OpenApiConformance;
import dev.ascctl.sandbox.RecordedExchange;
import dev.ascctl.sandbox.StoredResource;
import dev.ascctl.sandbox.rules.SubscriptionPlanAvailabilityRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Subscription availability end to end (issue 13 scope 4), with the app availability's rules: a subscription created
 * with its availability in one apply (one POST of Apple's non-deprecated subscriptionPlanAvailabilities), territories
 * widened and the flag changed by one PATCH, narrowing refused without {@code policy.prune.territories} (the
 * territory stays on sale, the plan stays clean) and applied with it under the deletion banner. Each apply converges
 * and every exchange conforms to Apple's spec; no request goes to the deprecated subscriptionAvailabilities.
 */
@SandboxStore
class SubscriptionAvailabilityEndToEndIT {
    SandboxFixture fixture;
    Path store;

    @BeforeEach
    void start(SandboxFixture fixture) {
        this.fixture = fixture;
        store = fixture.store();
    }

    private void write(String territories, boolean inNew) throws IOException {
        Files.writeString(store.resolve("apps/notes/purchases.yaml"), """
                subscriptionGroups:
                  - referenceName: Plus
                    subscriptions:
                      - productId: com.example.notes.plus
                        referenceName: Plus Monthly
                        subscriptionPeriod: ONE_MONTH
                        availability: {territories: %s, availableInNewTerritories: %s}
                """.formatted(territories, inNew));
    }

    private StoredResource availability() {
        String id = fixture.sandbox.state().find("subscriptions", s -> "com.example.notes.plus".equals(s.get("productId")))
                .orElseThrow().id();
        List<StoredResource> found = fixture.sandbox.state().referencing(SubscriptionPlanAvailabilityRules.TYPE,
                "subscription", id);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    /** Applies, checks the writes sent and their conformance, then that the plan after it is clean. */
    private String apply(String... writes) {
        fixture.sandbox.requestLog().clear();
        var apply = fixture.run("apply", "--store", store.toString(), "--auto-approve");
        assertThat(apply.exitCode()).as(apply.toString()).isZero();
        List<RecordedExchange> log = fixture.sandbox.requestLog().list();
        assertThat(log.stream().filter(RecordedExchange::isWrite).filter(w -> w.path().contains("vailabilit"))
                .map(w -> w.method() + " " + w.path().replaceAll("/subscriptionPlanAvailabilities/[^/]+",
                        "/subscriptionPlanAvailabilities/{id}"))).as(apply.out()).containsExactly(writes);
        assertThat(log).noneMatch(e -> e.path().contains("/subscriptionAvailabilit"));
        OpenApiConformance.assertConforms(log);
        fixture.sandbox.requestLog().clear();
        var plan = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(plan.exitCode()).as(plan.toString()).isZero();
        OpenApiConformance.assertConforms(fixture.sandbox.requestLog().list());
        return apply.out();
    }

    @Test
    void createdWidenedNarrowedOnlyWithPruningEachInOneApply() throws IOException {
        write("[USA, GBR, JPN]", false);
        String created = apply("POST /v1/subscriptionPlanAvailabilities");
        assertThat(created).contains("subscription[com.example.notes.plus].availability will be created");
        assertThat(availability().related("availableTerritories")).containsExactlyInAnyOrder("USA", "GBR", "JPN");
        assertThat(availability().attribute("availableInNewTerritories")).isEqualTo(false);
        assertThat(availability().attribute("planType")).isEqualTo("UPFRONT");

        write("[USA, GBR, JPN, DEU, FRA]", true);
        var widen = fixture.run("plan", "--store", store.toString());
        assertThat(widen.out()).contains("\"GBR, JPN, USA\" -> \"DEU, FRA, GBR, JPN, USA\"")
                .contains("availableInNewTerritories");
        apply("PATCH /v1/subscriptionPlanAvailabilities/{id}");
        assertThat(availability().related("availableTerritories"))
                .containsExactlyInAnyOrder("USA", "GBR", "JPN", "DEU", "FRA");
        assertThat(availability().attribute("availableInNewTerritories")).isEqualTo(true);

        // Narrowed without pruning: nothing to do, the subscription stays on sale in DEU and FRA.
        write("[USA, GBR, JPN]", true);
        var kept = fixture.run("plan", "--store", store.toString(), "--detailed-exitcode");
        assertThat(kept.exitCode()).as(kept.toString()).isZero();
        assertThat(kept.out()).doesNotContain("territories[DEU, FRA]");

        Path storeYaml = store.resolve("store.yaml");
        Files.writeString(storeYaml, Files.readString(storeYaml).replace("  prune:\n", "  prune:\n    territories: true\n"));
        var pruned = fixture.run("plan", "--store", store.toString(), "--format", "markdown");
        assertThat(pruned.out()).contains("> [!WARNING]").contains("`app[com.example.notes].subscriptionGroup[Plus]"
                + ".subscription[com.example.notes.plus].availability.territories[DEU, FRA]` is destroyed (because it is"
                + " not in the store and pruning is on for territories)");
        apply("PATCH /v1/subscriptionPlanAvailabilities/{id}");
        assertThat(availability().related("availableTerritories")).containsExactlyInAnyOrder("USA", "GBR", "JPN");
        assertThat(availability().attribute("availableInNewTerritories")).isEqualTo(true);

        // Widened and narrowed in one apply: the PATCH adds, then the pruning PATCH leaves exactly the YAML's.
        write("[USA, AUS]", false);
        apply("PATCH /v1/subscriptionPlanAvailabilities/{id}", "PATCH /v1/subscriptionPlanAvailabilities/{id}");
        assertThat(availability().related("availableTerritories")).containsExactlyInAnyOrder("USA", "AUS");
        assertThat(availability().attribute("availableInNewTerritories")).isEqualTo(false);
    }
}
